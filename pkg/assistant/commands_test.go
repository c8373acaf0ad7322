package assistant

import "testing"

// An unknown address looks like a participant's when its display name is the
// participant's name, or its local part carries a word of that name.
func TestStrangerLooksLikeParticipant(t *testing.T) {
	cases := []struct {
		name, addr string
		want       bool
	}{
		{"Maya Ng", "maya.ng@example.com", true},
		{"Maya Ng", "mng@example.com", false},
		{"Maya Ng", "ng_maya2@example.com", true},
		{"Maya Ng", "mallory@example.com", false},
		{"Jo Li", "jo.li@example.com", false}, // words under three letters say nothing
		{"Zoë Müller", "zoë.müller@example.com", true},
	}
	for _, c := range cases {
		if got := nameInAddress(c.name, c.addr); got != c.want {
			t.Errorf("nameInAddress(%q, %q) = %v, want %v", c.name, c.addr, got, c.want)
		}
	}
	raw := []byte("From: =?utf-8?q?Zo=C3=AB_M=C3=BCller?= <z@example.org>\r\nTo: x@y\r\n\r\nhi\r\n")
	if got := fold(displayName(raw)); got != "zoë müller" {
		t.Errorf("displayName = %q, want zoë müller", got)
	}
	if got := displayName([]byte("not a message")); got != "" {
		t.Errorf("displayName of garbage = %q", got)
	}
}
