package conversation

import "time"

// PayloadVersion is the version of Payload this code writes.
const PayloadVersion = 1

// Payload is a scheduled job as the scheduler holds and delivers it (EventBridge
// Scheduler's Input): a wire format of its own, versioned, so that a change to
// Job does not break the jobs already waiting, up to 13 weeks ahead. Its field
// names are fixed; a new version adds a case to Job.
//
// Version 0 is the unversioned payload written before (Job marshalled as JSON:
// the same names, no "v"); it is still read.
type Payload struct {
	V            int       `json:"v"`
	Conversation string    `json:"conversation"`
	Kind         JobKind   `json:"kind"`
	Seq          int       `json:"seq"`
	Generation   int       `json:"generation"`
	At           time.Time `json:"at"`
	TimeZone     string    `json:"timeZone,omitempty"`
}

// NewPayload returns the payload that delivers j.
func NewPayload(j Job) Payload {
	return Payload{V: PayloadVersion, Conversation: j.ConversationID, Kind: j.Kind, Seq: j.Seq,
		Generation: j.Generation, At: j.At, TimeZone: j.TimeZone}
}

// Job returns the job p delivers: EINVALID for a version this code does not
// know (a payload written by a newer release, delivered to an older one) or an
// invalid job.
func (p Payload) Job() (Job, error) {
	switch p.V {
	case 0, 1:
		j := Job{ConversationID: p.Conversation, Kind: p.Kind, Seq: p.Seq, Generation: p.Generation, At: p.At, TimeZone: p.TimeZone}
		return j, j.Validate()
	}
	return Job{}, Errorf(EINVALID, "Scheduled-job payload version %d is newer than this release reads (%d).", p.V, PayloadVersion)
}
