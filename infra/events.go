package infra

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed events/*.json
var events embed.FS

// Event returns a copy of the sample event called name ("ses-receipt" or
// "ses-receipt.json"), or nil if there is none. The samples are:
//
//   - ses-receipt: an SES receipt event for a Lambda action (events.SimpleEmailEvent);
//     the S3 action before it stored the raw message under inbound/<messageId>.
//   - scheduler-job: the EventBridge Scheduler payload for a job (conversation.Job).
//   - url-create, url-get, url-list, url-reschedule, url-cancel, url-erase: Function
//     URL requests to the API (events.LambdaFunctionURLRequest), IAM-authorized.
func Event(name string) []byte {
	if !strings.HasSuffix(name, ".json") {
		name += ".json"
	}
	if name != path.Base(name) {
		return nil
	}
	b, err := events.ReadFile("events/" + name)
	if err != nil {
		return nil
	}
	return b // ReadFile returns a fresh copy.
}

// EventNames lists the sample events by name, without ".json", sorted.
func EventNames() []string {
	entries, err := fs.ReadDir(events, "events")
	if err != nil {
		return nil
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".json"))
	}
	sort.Strings(names)
	return names
}
