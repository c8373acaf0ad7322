package conversation

import (
	"encoding/json"
	"testing"
	"time"
)

func TestPayload(t *testing.T) {
	job := Job{ConversationID: "abcdefghijklmnop", Kind: JobCheckIn, Seq: 2, Generation: 3,
		At: time.Date(2027, 4, 12, 7, 0, 0, 0, time.UTC), TimeZone: "Europe/Berlin"}
	data, err := json.Marshal(NewPayload(job))
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"v":1,"conversation":"abcdefghijklmnop","kind":"checkin","seq":2,"generation":3,"at":"2027-04-12T07:00:00Z","timeZone":"Europe/Berlin"}`
	if string(data) != want {
		t.Errorf("payload %s\nwant    %s (the wire format of version 1 may not change)", data, want)
	}
	for name, in := range map[string]string{
		"version 1": want,
		// What the scheduler holds from before the payload had a version.
		"version 0": `{"conversation":"abcdefghijklmnop","kind":"checkin","seq":2,"generation":3,"at":"2027-04-12T07:00:00Z","timeZone":"Europe/Berlin"}`,
	} {
		var p Payload
		if err := json.Unmarshal([]byte(in), &p); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got, err := p.Job()
		if err != nil || got != job {
			t.Errorf("%s: %+v, %v; want %+v", name, got, err, job)
		}
	}
	for name, in := range map[string]string{
		"newer":   `{"v":2,"conversation":"abcdefghijklmnop","kind":"checkin","seq":2,"generation":3,"at":"2027-04-12T07:00:00Z"}`,
		"invalid": `{"v":1,"conversation":"","kind":"party"}`,
	} {
		var p Payload
		_ = json.Unmarshal([]byte(in), &p)
		if _, err := p.Job(); ErrorCode(err) != EINVALID {
			t.Errorf("%s: %v, want EINVALID", name, err)
		}
	}
}
