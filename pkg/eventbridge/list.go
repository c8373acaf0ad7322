package eventbridge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/scheduler"
	"github.com/aws/aws-sdk-go-v2/service/scheduler/types"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// List returns the jobs scheduled in the group, those of one conversation when
// conversationID is not "", read back from each schedule's payload. Schedules
// that complete meanwhile are left out. It is for the admin CLI and tests: it
// makes a GetSchedule call per schedule.
func (s *Scheduler) List(ctx context.Context, conversationID string) ([]conversation.Job, error) {
	in := &scheduler.ListSchedulesInput{GroupName: aws.String(s.cfg.Group)}
	if conversationID != "" {
		in.NamePrefix = aws.String(conversationID + "-")
	}
	var jobs []conversation.Job
	pages := scheduler.NewListSchedulesPaginator(s.client, in)
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return nil, classify(err, "list schedules of group %s", s.cfg.Group)
		}
		for _, sum := range page.Schedules {
			name := aws.ToString(sum.Name)
			out, err := s.client.GetSchedule(ctx, &scheduler.GetScheduleInput{Name: sum.Name, GroupName: aws.String(s.cfg.Group)})
			var gone *types.ResourceNotFoundException
			if errors.As(err, &gone) {
				continue
			}
			if err != nil {
				return nil, classify(err, "get schedule %s", name)
			}
			var j conversation.Job
			if out.Target == nil || json.Unmarshal([]byte(aws.ToString(out.Target.Input)), &j) != nil || j.Validate() != nil || j.Name() != name {
				return nil, &conversation.Error{Code: conversation.EINTERNAL, Message: "Internal error.",
					Err: fmt.Errorf("schedule %s in group %s does not carry its job", name, s.cfg.Group)}
			}
			jobs = append(jobs, j)
		}
	}
	return jobs, nil
}
