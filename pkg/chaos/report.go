package chaos

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// Report is what a run found. Every count of a problem comes with its causes.
type Report struct {
	Config        Config
	Conversations int // conversations stored at the end
	Deliveries    int // function invocations, retries and redrives included
	Retries       int // Lambda retries
	Redriven      int // dead letters delivered again
	GivenUp       int // deliveries still failing after every redrive

	Expected  int // emails that should have gone out
	Notices   int // of them, notices of a meeting HR moved
	Accepted  int // acceptances by the provider, duplicates included
	NeverSent int // expected emails the provider never accepted
	// RecordedNotSent are the never-sent emails that the history records as sent.
	RecordedNotSent int
	// SentTwice counts emails accepted more than once; AckLost those of them
	// explained by the provider accepting and the acknowledgement being lost
	// (an after-fault on the Mailer itself), the one cause the protocol allows.
	SentTwice, AckLost int

	AnswersLost, StepsLost, ProgressLost int // replies whose content is not stored
	Stuck                                int // conversations not completed at the end
	Duplicates                           int // conversations beyond one per lifecycle
	CreateFailed                         int // lifecycles HR could not create after its retries

	// Faults counts the injected faults by port call and timing.
	Faults map[string]int
	// Causes counts each problem by its cause, most frequent first.
	Causes []Cause
}

// Cause is one problem found, with its probable root cause and how often.
type Cause struct {
	Problem string
	Cause   string
	Count   int
}

// Lost is the number of failures the protocol must prevent: everything but the
// duplicates the provider's lost acknowledgements explain.
func (r *Report) Lost() int {
	return r.NeverSent + (r.SentTwice - r.AckLost) + r.AnswersLost + r.StepsLost + r.ProgressLost +
		r.Stuck + r.Duplicates + r.CreateFailed + r.GivenUp
}

// String prints the figures and the causes.
func (r *Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "chaos: %d lifecycles, faults %.0f%% before + %.0f%% after every Store, Mailer, Scheduler and RawMail call, seed %d\n",
		r.Config.N, r.Config.Before*100, r.Config.After*100, r.Config.Seed)
	fmt.Fprintf(&b, "  deliveries %d (Lambda retries %d, redriven from the dead-letter queue %d, given up %d)\n",
		r.Deliveries, r.Retries, r.Redriven, r.GivenUp)
	fmt.Fprintf(&b, "  emails expected %d (%d notices of a moved meeting), accepted by the provider %d\n", r.Expected, r.Notices, r.Accepted)
	fmt.Fprintf(&b, "  emails never sent:              %d (%d of them recorded as sent)\n", r.NeverSent, r.RecordedNotSent)
	fmt.Fprintf(&b, "  emails sent twice:              %d (%d explained by a lost provider acknowledgement, %d otherwise)\n",
		r.SentTwice, r.AckLost, r.SentTwice-r.AckLost)
	fmt.Fprintf(&b, "  answers / steps / progress lost: %d / %d / %d\n", r.AnswersLost, r.StepsLost, r.ProgressLost)
	fmt.Fprintf(&b, "  conversations stuck:            %d\n", r.Stuck)
	fmt.Fprintf(&b, "  duplicate conversations:        %d (creates failed for good: %d)\n", r.Duplicates, r.CreateFailed)
	keys := slices.Sorted(maps.Keys(r.Faults))
	var fs []string
	total := 0
	for _, k := range keys {
		fs = append(fs, fmt.Sprintf("%s %d", k, r.Faults[k]))
		total += r.Faults[k]
	}
	fmt.Fprintf(&b, "  faults injected %d: %s\n", total, strings.Join(fs, ", "))
	if len(r.Causes) > 0 {
		fmt.Fprintf(&b, "  causes:\n")
		for _, c := range r.Causes {
			fmt.Fprintf(&b, "    %5d  %s: %s\n", c.Count, c.Problem, c.Cause)
		}
	}
	return b.String()
}

// jobEmails are the emails every completed lifecycle sends on its own schedule.
var jobEmails = []string{conversation.EmailPrep, conversation.EmailPreread, conversation.EmailWrapUp, conversation.EmailCheckIn + "1", conversation.EmailCheckIn + "2", conversation.EmailCheckIn + "3", conversation.EmailReview}

func (h *harness) report(ctx context.Context) (*Report, error) {
	r := &Report{Config: h.cfg, Deliveries: h.deliveries, Retries: h.retries, Redriven: h.redriven, GivenUp: len(h.givenUp)}
	causes := map[[2]string]int{}
	cause := func(problem, why string) { causes[[2]string{problem, why}]++ }
	for _, l := range h.givenUp {
		cause("delivery given up", l)
	}
	h.faults.mu.Lock()
	r.Faults = maps.Clone(h.faults.counts)
	acks := maps.Clone(h.faults.acks)
	h.faults.mu.Unlock()

	// What the provider accepted, by conversation and by the message answered.
	h.provider.mu.Lock()
	sent := map[string]map[string]int{} // conversation → email name → acceptances
	answered := map[string]int{}        // reply Message-ID → answers accepted
	for _, a := range h.provider.accepted {
		if sent[a.conversation] == nil {
			sent[a.conversation] = map[string]int{}
		}
		sent[a.conversation][a.name]++
		if a.inReplyTo != "" {
			answered[a.inReplyTo]++
		}
	}
	r.Accepted = len(h.provider.accepted)
	for id, n := range h.provider.count {
		if n > 1 {
			r.SentTwice++
			if acks[id] >= n-1 {
				r.AckLost++
			} else {
				parts := strings.SplitN(id, ".", 3)
				name := ""
				if len(parts) == 3 {
					name, _, _ = strings.Cut(parts[2], "@")
				}
				cause("sent twice", fmt.Sprintf("%s, not from a lost acknowledgement; faults: %s", kindOf(name), h.trailOf(parts)))
			}
		}
	}
	h.provider.mu.Unlock()

	store := h.db.Store()
	for i, l := range h.lives {
		if l.createFailed && len(l.ids) == 0 {
			r.CreateFailed++
			cause("create failed for good", summarize(h.faults.Trail(fmt.Sprintf("create/%d", i))))
		}
		var convs []*conversation.Conversation
		q := conversation.ListQuery{Employee: l.employee}
		for {
			page, err := store.List(ctx, q)
			if err != nil {
				return nil, err
			}
			convs = append(convs, page.Conversations...)
			if page.Cursor == "" {
				break
			}
			q.Cursor = page.Cursor
		}
		r.Conversations += len(convs)
		if len(convs) > 1 {
			r.Duplicates += len(convs) - 1
			cause("duplicate conversation", "HR retried a create: "+summarize(h.faults.Trail(fmt.Sprintf("create/%d", i))))
		}
		// A duplicate counts once, as a duplicate; the lifecycle is judged on the
		// conversation HR was given.
		for _, c := range convs {
			if slices.Contains(l.ids, c.ID) {
				h.check(r, c, l, sent[c.ID], answered, cause)
			}
		}
	}
	for k, n := range causes {
		r.Causes = append(r.Causes, Cause{Problem: k[0], Cause: k[1], Count: n})
	}
	slices.SortFunc(r.Causes, func(a, b Cause) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(a.Problem+a.Cause, b.Problem+b.Cause)
	})
	return r, nil
}

// check compares one stored conversation with what its lifecycle should have done.
func (h *harness) check(r *Report, c *conversation.Conversation, l *lifecycle, sent map[string]int, answered map[string]int, cause func(string, string)) {
	for _, name := range jobEmails {
		r.Expected++
		if sent[name] > 0 {
			continue
		}
		r.NeverSent++
		recorded := ""
		if c.Sent(name) {
			r.RecordedNotSent++
			recorded = " (recorded as sent)"
		}
		cause(kindOf(name)+" never sent"+recorded, fmt.Sprintf("status %s; faults on its deliveries: %s",
			c.Status, summarize(h.faults.Trail("job/"+c.ID+"/"+name))))
	}
	for _, name := range noticesDue(c) {
		r.Expected++
		r.Notices++
		if sent[name] == 0 {
			r.NeverSent++
			cause(kindOf(name)+" notice never sent", fmt.Sprintf("status %s; faults on its deliveries: %s",
				c.Status, summarize(h.faults.Trail("job/"+c.ID+"/"+name))))
		}
	}
	for msgID, rp := range l.replies {
		if rp.conversation != c.ID {
			continue
		}
		trail := summarize(h.faults.Trail("mail/" + c.ID + "/" + rp.email))
		r.Expected++
		if answered[msgID] == 0 {
			r.NeverSent++
			cause("answer to "+kindOf(rp.email)+" reply never sent", fmt.Sprintf("status %s; faults: %s", c.Status, trail))
		}
		switch {
		case rp.email == conversation.EmailPrep:
			for n := 1; n <= 3; n++ {
				if _, ok := c.Answer(n); !ok {
					r.AnswersLost++
					cause("answers lost", trail)
					break
				}
			}
		case rp.email == conversation.EmailWrapUp:
			if len(c.Steps) != 3 {
				r.StepsLost++
				cause("steps lost", fmt.Sprintf("status %s; faults: %s", c.Status, trail))
			}
		case strings.HasPrefix(rp.email, conversation.EmailCheckIn):
			var n int
			fmt.Sscanf(rp.email, conversation.EmailCheckIn+"%d", &n)
			if !hasProgress(c, n) {
				r.ProgressLost++
				cause("progress lost", fmt.Sprintf("status %s, %d steps; faults: %s", c.Status, len(c.Steps), trail))
			}
		}
	}
	if c.Status != conversation.StatusCompleted {
		r.Stuck++
		var missing []string
		for _, name := range jobEmails {
			if sent[name] == 0 {
				missing = append(missing, name)
			}
		}
		cause("conversation stuck in "+string(c.Status), "never sent: "+strings.Join(missing, ", "))
	}
}

// noticesDue names the notices c's reschedules owed: one to each participant
// who had had an email by then.
func noticesDue(c *conversation.Conversation) []string {
	var names []string
	gen := 1
	for i, e := range c.History {
		if e.Kind != conversation.EventRescheduled {
			continue
		}
		gen++
		for seq, p := range map[int]conversation.Participant{conversation.NoticeEmployee: c.Employee, conversation.NoticeManager: c.Manager} {
			heard := slices.ContainsFunc(c.History[:i], func(e conversation.Event) bool {
				return e.Kind == conversation.EventSent && strings.Contains(e.To, p.Email)
			})
			if heard {
				names = append(names, conversation.Job{Kind: conversation.JobRescheduled, Seq: seq, Generation: gen}.Email())
			}
		}
	}
	return names
}

// hasProgress reports whether every step holds a note from check-in n.
func hasProgress(c *conversation.Conversation, n int) bool {
	if len(c.Steps) == 0 {
		return false
	}
	for _, s := range c.Steps {
		if !slices.ContainsFunc(s.Progress, func(p conversation.ProgressNote) bool { return p.CheckIn == n }) {
			return false
		}
	}
	return true
}

// kindOf names an email by its kind: checkin2 → checkin, receipt-ab12 → receipt.
func kindOf(name string) string {
	name, _, _ = strings.Cut(name, "-")
	return strings.TrimRight(name, "0123456789")
}

func (h *harness) trailOf(parts []string) string {
	if len(parts) != 3 {
		return "none"
	}
	name, _, _ := strings.Cut(parts[2], "@")
	if t := h.faults.Trail("job/" + parts[1] + "/" + name); len(t) > 0 {
		return summarize(t)
	}
	return summarize(h.faults.Trail("mail/" + parts[1] + "/"))
}

// summarize names the root cause among the faults of a trail: the first fault
// after a write took effect (the caller saw a failure that was not one), else the
// first fault before a write, else the first fault, with what it does.
func summarize(trail []string) string {
	if len(trail) == 0 {
		return "no fault injected into its own deliveries"
	}
	pick := ""
	for _, pass := range []func(string) bool{
		func(f string) bool { return strings.HasSuffix(f, " after") && !isRead(f) },
		func(f string) bool { return !isRead(f) },
		func(string) bool { return true },
	} {
		if i := slices.IndexFunc(trail, pass); i >= 0 {
			pick = trail[i]
			break
		}
	}
	why := explain[pick]
	if why == "" {
		why = "a failed call"
	}
	return fmt.Sprintf("%s (%s)", pick, why)
}

func isRead(f string) bool {
	return strings.HasPrefix(f, "Store.Get") || strings.HasPrefix(f, "Store.List") || strings.HasPrefix(f, "Store.FindMessage") || strings.HasPrefix(f, "RawMail.Fetch")
}

// explain says what a fault does to the code that sees it.
var explain = map[string]string{
	"Store.ClaimSend after":     "the claim was written but reported failed or already taken, so every retry skips the email",
	"Store.ClaimSend before":    "the claim failed; the delivery is retried",
	"Store.ReleaseSend before":  "a failed send's claim was not released, so every retry skips the email",
	"Store.ReleaseSend after":   "the claim was released but reported failed",
	"Store.Update after":        "the write happened but was reported failed",
	"Store.Update before":       "a write after the email went out failed: the email and the state it announces parted",
	"Store.Create after":        "the conversation was stored but reported failed: HR retries and creates it again",
	"Store.Create before":       "the create failed: its jobs were cancelled",
	"Mailer.Send after":         "the provider accepted the email, the acknowledgement was lost",
	"Mailer.Send before":        "the provider did not get the email",
	"Scheduler.Schedule after":  "the jobs were scheduled but reported failed",
	"Scheduler.Schedule before": "the jobs were not scheduled",
	"Scheduler.Cancel after":    "the jobs were cancelled but reported failed",
	"Scheduler.Cancel before":   "the jobs were not cancelled",
	"Store.Delete after":        "the conversation was deleted but reported failed",
	"Store.Delete before":       "the conversation was not deleted",
	"Store.Get before":          "a read failed",
	"Store.Get after":           "a read failed",
	"RawMail.Fetch before":      "the raw message could not be fetched",
	"RawMail.Fetch after":       "the raw message could not be fetched",
	"Store.List before":         "a listing failed",
	"Store.List after":          "a listing failed",
}
