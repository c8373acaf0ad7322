package handlers

import (
	"context"
	"log/slog"

	"github.com/aws/aws-lambda-go/lambdacontext"

	"github.com/careerconv/careerconv/pkg/assistant"
	"github.com/careerconv/careerconv/pkg/conversation"
)

// Dispatch runs the jobs EventBridge Scheduler delivers. Its payload is a
// conversation.Payload (versioned; the scheduler delivers its Input as is, not in
// an EventBridge envelope).
type Dispatch struct {
	Assistant *assistant.Assistant
	Log       *slog.Logger
}

// Handle runs one job. An invalid job or payload is logged and dropped (a retry
// cannot fix it); a transient failure is returned so the scheduler retries.
func (d *Dispatch) Handle(ctx context.Context, p conversation.Payload) error {
	job, err := p.Job()
	if err != nil {
		logger(d.Log).Warn("job dropped", "payload version", p.V, "conversation", p.Conversation, "reason", conversation.ErrorMessage(err))
		return nil
	}
	err = d.Assistant.RunJob(owned(ctx), job)
	switch {
	case err == nil:
		return nil
	case conversation.Retryable(err):
		logger(d.Log).Error("job failed, will retry", "job", job.Name(), "err", err)
		return err
	default:
		logger(d.Log).Warn("job dropped", "job", job.Name(), "reason", conversation.ErrorMessage(err), "err", err)
		return nil
	}
}

// owned names the invocation as the owner of the claims it takes: Lambda retries
// an asynchronous invocation under the same request ID, so a retry may take its
// own claim again at once, while a second delivery waits for the lease.
func owned(ctx context.Context) context.Context {
	if lc, ok := lambdacontext.FromContext(ctx); ok && lc.AwsRequestID != "" {
		return assistant.WithOwner(ctx, lc.AwsRequestID)
	}
	return ctx
}

func logger(l *slog.Logger) *slog.Logger {
	if l == nil {
		return slog.Default()
	}
	return l
}
