package embedded_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
	"github.com/careerconv/careerconv/pkg/embedded"
)

// The local runner's loop: run what is due, mark each done, sleep until the next.
func Example() {
	dir, err := os.MkdirTemp("", "careerconv")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	db, err := embedded.Open(filepath.Join(dir, "careerconv.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	sched := db.Scheduler()

	now := time.Date(2027, 3, 25, 9, 0, 0, 0, time.UTC)
	id := "abcdefghijklmnop"
	err = sched.Schedule(ctx, []conversation.Job{
		{ConversationID: id, Kind: conversation.JobPrep, Generation: 1, At: now},
		{ConversationID: id, Kind: conversation.JobPreread, Generation: 1, At: now.Add(6 * 24 * time.Hour)},
	})
	if err != nil {
		log.Fatal(err)
	}

	due, err := sched.Due(ctx, now, 100)
	if err != nil {
		log.Fatal(err)
	}
	for _, job := range due {
		fmt.Println("run", job.Name()) // the runner calls the assistant here
		if err := sched.Done(ctx, job); err != nil {
			log.Fatal(err)
		}
	}
	next, ok, err := sched.NextDue(ctx)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("next due", next.Format(time.RFC3339), ok)
	// Output:
	// run abcdefghijklmnop-prep-0-g1
	// next due 2027-03-31T09:00:00Z true
}
