package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// Run runs the contract suite against the stores open makes. open must return a
// fresh, empty store for each call (one per subtest) and arrange its cleanup with
// t.Cleanup.
func Run(t *testing.T, open func(t *testing.T) conversation.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s conversation.Store)
	}{
		{"CreateGetRoundTrip", testRoundTrip},
		{"CreateGetMinimal", testRoundTripMinimal},
		{"GetReturnsCopy", testGetReturnsCopy},
		{"CreateExistingConflicts", testCreateExisting},
		{"CreateEmptyIDInvalid", testCreateEmptyID},
		{"CreateManyStoresEach", testCreateMany},
		{"CreateManyConflictMarksStored", testCreateManyConflict},
		{"GetUnknownNotFound", testGetUnknown},
		{"UpdateCurrentVersion", testUpdate},
		{"UpdateStaleVersionConflicts", testUpdateStale},
		{"UpdateConcurrentNoLostUpdate", testUpdateConcurrent},
		{"UpdateMissingNotFound", testUpdateMissing},
		{"ListByEmployeePages", testListEmployee},
		{"ListByManagerPages", testListManager},
		{"ListByStatusAndMeetingRange", testListStatus},
		{"ListEqualStartsEachOnce", testListTies},
		{"ListQueryInvalid", testListInvalid},
		{"ListEmailCaseInsensitive", testListCase},
		{"ListUnknownEmpty", testListUnknown},
		{"ListFollowsUpdateAndDelete", testListFollows},
		{"ClaimOnceWithinLease", testClaimOnce},
		{"ClaimConcurrentOneWinner", testClaimConcurrent},
		{"ClaimLeaseAndSent", testClaimLease},
		{"DeleteRemovesConversationAndClaims", testDelete},
		{"DeleteMissingFine", testDeleteMissing},
		{"MessageLinksWithUpdate", testLinks},
		{"MessageLinksRefusedUpdate", testLinksConflict},
		{"MessageLinksDeleted", testLinksDeleted},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, open(t))
		})
	}
}

// base is a meeting start with sub-millisecond precision in a zone other than UTC,
// so the suite sees both the truncation and the conversion of the contract.
var base = time.Date(2027, time.March, 15, 14, 30, 0, 123456789, time.FixedZone("CET", 3600))

// Minimal returns a small valid conversation with the given participants' emails
// and meeting start, Status scheduled and Generation 1.
func Minimal(id, employee, manager string, start time.Time) *conversation.Conversation {
	return &conversation.Conversation{
		ID:             id,
		Employee:       conversation.Participant{Name: "Ann Employee", Email: employee, TimeZone: "Europe/London"},
		Manager:        conversation.Participant{Name: "Mo Manager", Email: manager, TimeZone: "Europe/Berlin"},
		MeetingStart:   start,
		MeetingMinutes: 60,
		Status:         conversation.StatusScheduled,
		Generation:     1,
		CreatedAt:      start.Add(-10 * 24 * time.Hour),
		UpdatedAt:      start.Add(-10 * 24 * time.Hour),
	}
}

// Full returns a conversation with every field set, its times passed through at
// (use the identity for the input, and the contract's truncation for the expectation).
func Full(id string, at func(time.Time) time.Time) *conversation.Conversation {
	t0 := base
	return &conversation.Conversation{
		ID:             id,
		Employee:       conversation.Participant{Name: "Zoë Employee", Email: "zoe@example.com", TimeZone: "Asia/Kolkata"},
		Manager:        conversation.Participant{Name: "Mo Manager", Email: "mo@example.org", TimeZone: "America/New_York", Undeliverable: "bounced: mailbox full"},
		MeetingStart:   at(t0),
		MeetingMinutes: 45,
		PreviousStart:  at(t0.Add(-7*24*time.Hour + 3)),
		RequestCV:      true,
		Status:         conversation.StatusFollowingUp,
		Generation:     3,
		Answers: []conversation.Answer{
			{Question: 1, Text: "I enjoy mentoring.\nAnd design reviews — ü ✓", At: at(t0.Add(-72*time.Hour + 1))},
			{Question: 4, Text: "Lead a project", At: at(t0.Add(-70*time.Hour + 999999))},
		},
		Notes: "Also: I'd like to talk about remote work.",
		Steps: []conversation.Step{
			{Number: 1, Text: "Shadow the tech lead", Due: "2027-05-01", Status: conversation.StepDone, Progress: []conversation.ProgressNote{
				{At: at(t0.Add(28*24*time.Hour + 7)), CheckIn: 1, Status: conversation.StepInProgress, Note: "started"},
				{At: at(t0.Add(56*24*time.Hour + 8)), CheckIn: 2, Status: conversation.StepDone},
			}},
			{Number: 2, Text: "Take the course", Status: conversation.StepBlocked, Progress: []conversation.ProgressNote{
				{At: at(t0.Add(28*24*time.Hour + 9)), CheckIn: 1, Status: conversation.StepBlocked, Note: "no budget"},
			}},
			{Number: 3, Text: "Write a design doc", Status: conversation.StepNotStarted},
		},
		History: []conversation.Event{
			{At: at(t0.Add(-240 * time.Hour)), Kind: conversation.EventCreated, Detail: "api"},
			{At: at(t0.Add(-168*time.Hour + 5)), Kind: conversation.EventSent, Email: conversation.EmailPrep, To: "zoe@example.com"},
			{At: at(t0.Add(-72*time.Hour + 1)), Kind: conversation.EventReceived, Email: conversation.EmailPrep, Detail: "answers 1, 4", Message: "h4sh"},
		},
		Sends: []conversation.Send{
			{Email: conversation.EmailPrep, State: conversation.SendSent, Owner: "req-1", At: at(t0.Add(-168*time.Hour + 5)), ProviderID: "0100018f-ses", MessageID: "cc.x.prep@mail.example.com"},
			{Email: conversation.EmailCheckIn + "3", State: conversation.SendClaimed, Owner: "req-9", At: at(t0.Add(84*24*time.Hour + 1)), Until: at(t0.Add(84*24*time.Hour + 5*time.Minute + 1))},
		},
		CalendarUID: "040000008200E00074C5B7101A82E008@example.com",
		CreatedAt:   at(t0.Add(-240*time.Hour + 3)),
		UpdatedAt:   at(t0.Add(56*24*time.Hour + 8)),
		ExpiresAt:   at(t0.Add(365*24*time.Hour + 91*24*time.Hour + 4)),
	}
}

// Stored is what the contract says a store gives back for t: the same instant,
// truncated to the millisecond, in UTC.
func Stored(t time.Time) time.Time { return t.Truncate(time.Millisecond).UTC() }

func identity(t time.Time) time.Time { return t }

func testRoundTrip(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	in := Full(conversation.NewID(), identity)
	in.Version = 7 // Create ignores what the caller put here
	mustCreate(t, s, in)
	if in.Version != 1 {
		t.Errorf("after Create, Version = %d, want 1", in.Version)
	}
	got, err := s.Get(ctx, in.ID)
	if err != nil {
		t.Fatalf("Get: %v", err)
	}
	want := Full(in.ID, Stored)
	want.Version = 1
	assertEqual(t, got, want)
}

func testRoundTripMinimal(t *testing.T, s conversation.Store) {
	in := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base)
	mustCreate(t, s, in)
	got := mustGet(t, s, in.ID)
	want := Minimal(in.ID, "ann@example.com", "mo@example.com", Stored(base))
	want.CreatedAt, want.UpdatedAt = Stored(want.CreatedAt), Stored(want.UpdatedAt)
	want.Version = 1
	assertEqual(t, got, want)
	if !got.ExpiresAt.IsZero() {
		t.Errorf("ExpiresAt = %v, want zero", got.ExpiresAt)
	}
}

func testGetReturnsCopy(t *testing.T, s conversation.Store) {
	in := Full(conversation.NewID(), identity)
	mustCreate(t, s, in)
	in.Notes = "changed after Create"
	in.Answers[0].Text = "changed after Create"
	got := mustGet(t, s, in.ID)
	got.Steps[0].Text = "changed after Get"
	got.History = nil
	again := mustGet(t, s, in.ID)
	want := Full(in.ID, Stored)
	want.Version = 1
	assertEqual(t, again, want)
}

func testCreateExisting(t *testing.T, s conversation.Store) {
	id := conversation.NewID()
	mustCreate(t, s, Minimal(id, "ann@example.com", "mo@example.com", base))
	second := Minimal(id, "bob@example.com", "mo@example.com", base.Add(time.Hour))
	wantCode(t, s.Create(t.Context(), second), conversation.ECONFLICT, "Create of an existing ID")
	if got := mustGet(t, s, id); got.Employee.Email != "ann@example.com" || got.Version != 1 {
		t.Errorf("after a refused Create, stored employee %q version %d; want the first one, version 1", got.Employee.Email, got.Version)
	}
	page, err := s.List(t.Context(), conversation.ListQuery{Employee: "bob@example.com"})
	if err != nil || len(page.Conversations) != 0 {
		t.Errorf("refused Create left a listing: %d conversations, err %v", len(page.Conversations), err)
	}
}

func testCreateMany(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	var cs []*conversation.Conversation
	for i := range 30 {
		c := Minimal(conversation.NewID(), fmt.Sprintf("e%02d@example.com", i), "mo@example.com", base.Add(time.Duration(i)*time.Hour))
		c.Version = 9 // CreateMany ignores what the caller put here
		cs = append(cs, c)
	}
	if err := s.CreateMany(ctx, cs); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateMany(ctx, nil); err != nil {
		t.Errorf("CreateMany of nothing: %v", err)
	}
	for _, c := range cs {
		if c.Version != 1 {
			t.Errorf("%s: Version %d after CreateMany; want 1", c.ID, c.Version)
		}
		if got := mustGet(t, s, c.ID); got.Version != 1 || got.Employee.Email != c.Employee.Email || !got.MeetingStart.Equal(Stored(c.MeetingStart)) {
			t.Errorf("%s stored as %+v", c.ID, got)
		}
	}
	page, err := s.List(ctx, conversation.ListQuery{Manager: "mo@example.com", Limit: 100})
	if err != nil || len(page.Conversations) != 30 || page.Conversations[29].ID != cs[29].ID {
		t.Errorf("listing after CreateMany: %d conversations, %v; want the 30 by meeting start", len(page.Conversations), err)
	}
}

// testCreateManyConflict: a conversation that exists is ECONFLICT; the
// Version of each new one says whether it was stored, and is true of the store.
func testCreateManyConflict(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	old := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base)
	mustCreate(t, s, old)
	cs := []*conversation.Conversation{
		Minimal(conversation.NewID(), "bob@example.com", "mo@example.com", base),
		Minimal(old.ID, "eve@example.com", "mo@example.com", base),
		Minimal(conversation.NewID(), "cy@example.com", "mo@example.com", base),
	}
	wantCode(t, s.CreateMany(ctx, cs), conversation.ECONFLICT, "CreateMany with an existing ID")
	if cs[1].Version != 0 {
		t.Errorf("the existing conversation's copy has Version %d; want 0", cs[1].Version)
	}
	if got := mustGet(t, s, old.ID); got.Employee.Email != "ann@example.com" {
		t.Errorf("CreateMany overwrote %s: employee %q", old.ID, got.Employee.Email)
	}
	for _, c := range []*conversation.Conversation{cs[0], cs[2]} {
		_, err := s.Get(ctx, c.ID)
		switch {
		case c.Version == 1 && err != nil:
			t.Errorf("%s has Version 1 but is not stored: %v", c.ID, err)
		case c.Version == 0 && conversation.ErrorCode(err) != conversation.ENOTFOUND:
			t.Errorf("%s has Version 0 but Get says %v; want ENOTFOUND", c.ID, err)
		}
	}
}

func testCreateEmptyID(t *testing.T, s conversation.Store) {
	wantCode(t, s.Create(t.Context(), Minimal("", "ann@example.com", "mo@example.com", base)), conversation.EINVALID, "Create with no ID")
}

func testGetUnknown(t *testing.T, s conversation.Store) {
	_, err := s.Get(t.Context(), conversation.NewID())
	wantCode(t, err, conversation.ENOTFOUND, "Get of an unknown ID")
}

func testUpdate(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	c := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base)
	mustCreate(t, s, c)
	for want := 2; want <= 3; want++ {
		c.Notes = fmt.Sprintf("note %d", want)
		if err := s.Update(ctx, c); err != nil {
			t.Fatalf("Update at version %d: %v", want-1, err)
		}
		if c.Version != want {
			t.Fatalf("after Update, c.Version = %d, want %d", c.Version, want)
		}
		got := mustGet(t, s, c.ID)
		if got.Version != want || got.Notes != c.Notes {
			t.Fatalf("stored version %d notes %q, want %d %q", got.Version, got.Notes, want, c.Notes)
		}
	}
}

func testUpdateStale(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	c := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base)
	mustCreate(t, s, c)
	a, b := mustGet(t, s, c.ID), mustGet(t, s, c.ID)
	a.Notes = "first writer"
	if err := s.Update(ctx, a); err != nil {
		t.Fatalf("first Update: %v", err)
	}
	b.Notes = "stale writer"
	b.Employee.Email = "stale@example.com"
	wantCode(t, s.Update(ctx, b), conversation.ECONFLICT, "Update with a stale version")
	if b.Version != 1 {
		t.Errorf("refused Update changed c.Version to %d, want it left at 1", b.Version)
	}
	got := mustGet(t, s, c.ID)
	if got.Notes != "first writer" || got.Version != 2 || got.Employee.Email != "ann@example.com" {
		t.Errorf("after a refused Update: notes %q version %d employee %q; want the first writer's, version 2",
			got.Notes, got.Version, got.Employee.Email)
	}
	page, err := s.List(ctx, conversation.ListQuery{Employee: "stale@example.com"})
	if err != nil || len(page.Conversations) != 0 {
		t.Errorf("refused Update left a listing: %d conversations, err %v", len(page.Conversations), err)
	}
}

func testUpdateConcurrent(t *testing.T, s conversation.Store) {
	const workers, each = 8, 5
	ctx := t.Context()
	c := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base)
	c.Generation = 0
	mustCreate(t, s, c)
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; {
				cur, err := s.Get(ctx, c.ID)
				if err != nil {
					errs <- fmt.Errorf("worker %d: Get: %w", w, err)
					return
				}
				cur.Generation++
				cur.Record(conversation.Event{At: base, Kind: conversation.EventRescheduled, Detail: fmt.Sprintf("w%d-%d", w, i)})
				switch err := s.Update(ctx, cur); conversation.ErrorCode(err) {
				case "":
					i++
				case conversation.ECONFLICT: // someone else won: read again
				default:
					errs <- fmt.Errorf("worker %d: Update: %w", w, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	got := mustGet(t, s, c.ID)
	if got.Generation != workers*each || got.Version != 1+workers*each || len(got.History) != workers*each {
		t.Errorf("after %d updates: generation %d, version %d, %d events; want %d, %d, %d",
			workers*each, got.Generation, got.Version, len(got.History), workers*each, 1+workers*each, workers*each)
	}
}

func testUpdateMissing(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	never := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base)
	never.Version = 1
	wantCode(t, s.Update(ctx, never), conversation.ENOTFOUND, "Update of a conversation never created")

	c := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base)
	mustCreate(t, s, c)
	if err := s.Delete(ctx, c.ID); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	wantCode(t, s.Update(ctx, c), conversation.ENOTFOUND, "Update of a deleted conversation")
	_, err := s.Get(ctx, c.ID)
	wantCode(t, err, conversation.ENOTFOUND, "Get after a refused Update of a deleted conversation")
}

// createFive stores five conversations of one employee and one manager, created
// out of meeting order, plus one of another employee and manager, and returns the
// five IDs in meeting order.
func createFive(t *testing.T, s conversation.Store) []string {
	t.Helper()
	offsets := []int{3, 0, 4, 1, 2} // days after base, in creation order
	ids := make([]string, len(offsets))
	for _, d := range offsets {
		c := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base.AddDate(0, 0, d))
		mustCreate(t, s, c)
		ids[d] = c.ID
	}
	mustCreate(t, s, Minimal(conversation.NewID(), "other@example.com", "boss@example.com", base.AddDate(0, 0, 2)))
	return ids
}

func testListEmployee(t *testing.T, s conversation.Store) {
	want := createFive(t, s)
	assertPages(t, s, conversation.ListQuery{Employee: "ann@example.com", Limit: 2}, want, 3)
}

func testListManager(t *testing.T, s conversation.Store) {
	want := createFive(t, s)
	assertPages(t, s, conversation.ListQuery{Manager: "mo@example.com", Limit: 2}, want, 3)
	// The default page size holds all five.
	assertPages(t, s, conversation.ListQuery{Manager: "mo@example.com"}, want, 1)
}

// testListStatus: a listing by status follows status changes and takes a
// meeting range [From, To), page by page.
func testListStatus(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	var scheduled []string
	var moved *conversation.Conversation
	for i := range 6 {
		c := Minimal(conversation.NewID(), fmt.Sprintf("e%d@example.com", i), "mo@example.com", base.Add(time.Duration(i)*24*time.Hour))
		mustCreate(t, s, c)
		if i == 2 {
			moved = c
			continue
		}
		scheduled = append(scheduled, c.ID)
	}
	moved.Status = conversation.StatusAwaitingSteps
	mustUpdate(t, s, moved)
	if got := collect(t, s, conversation.ListQuery{Status: conversation.StatusScheduled, Limit: 2}); !slices.Equal(got, scheduled) {
		t.Errorf("scheduled: %v, want %v by meeting start", got, scheduled)
	}
	if got := collect(t, s, conversation.ListQuery{Status: conversation.StatusAwaitingSteps}); !slices.Equal(got, []string{moved.ID}) {
		t.Errorf("awaiting steps: %v, want [%s]", got, moved.ID)
	}
	// Meetings on days 1, 3 and 4 (From included, To excluded; day 2 moved on).
	q := conversation.ListQuery{Status: conversation.StatusScheduled, From: base.Add(24 * time.Hour), To: base.Add(5 * 24 * time.Hour), Limit: 1}
	if got := collect(t, s, q); !slices.Equal(got, scheduled[1:4]) {
		t.Errorf("scheduled in [day 1, day 5): %v, want %v", got, scheduled[1:4])
	}
	if got := collect(t, s, conversation.ListQuery{Status: conversation.StatusScheduled, To: base.Add(time.Hour)}); !slices.Equal(got, scheduled[:1]) {
		t.Errorf("scheduled before day 0 + 1h: %v, want %v", got, scheduled[:1])
	}
	if err := s.Delete(ctx, scheduled[0]); err != nil {
		t.Fatal(err)
	}
	if got := collect(t, s, conversation.ListQuery{Status: conversation.StatusScheduled}); !slices.Equal(got, scheduled[1:]) {
		t.Errorf("after a delete: %v, want %v", got, scheduled[1:])
	}
}

func testListTies(t *testing.T, s conversation.Store) {
	var want []string
	for range 5 {
		c := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base)
		mustCreate(t, s, c)
		want = append(want, c.ID)
	}
	got := collect(t, s, conversation.ListQuery{Employee: "ann@example.com", Limit: 2})
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("paging over equal meeting starts gave %v, want each of %v once", got, want)
	}
}

func testListInvalid(t *testing.T, s conversation.Store) {
	mustCreate(t, s, Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base))
	for name, q := range map[string]conversation.ListQuery{
		"neither":        {},
		"both":           {Employee: "ann@example.com", Manager: "mo@example.com"},
		"negative limit": {Employee: "ann@example.com", Limit: -1},
		"bad cursor":     {Employee: "ann@example.com", Cursor: "%%not a cursor%%"},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := s.List(t.Context(), q)
			wantCode(t, err, conversation.EINVALID, fmt.Sprintf("List(%+v)", q))
		})
	}
}

func testListCase(t *testing.T, s conversation.Store) {
	c := Minimal(conversation.NewID(), "Ann.Lee@Example.COM", "MO@example.com", base)
	mustCreate(t, s, c)
	for _, q := range []conversation.ListQuery{
		{Employee: "ann.lee@example.com"},
		{Employee: "ANN.LEE@EXAMPLE.COM"},
		{Employee: "Ann.Lee@Example.COM"},
		{Manager: "mo@example.com"},
		{Manager: "Mo@Example.Com"},
	} {
		assertPages(t, s, q, []string{c.ID}, 1)
	}
}

func testListUnknown(t *testing.T, s conversation.Store) {
	createFive(t, s)
	for _, q := range []conversation.ListQuery{{Employee: "nobody@example.com"}, {Employee: "mo@example.com"}, {Manager: "ann@example.com"}} {
		assertPages(t, s, q, nil, 1)
	}
}

func testListFollows(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	ids := createFive(t, s)
	// Move the first meeting last.
	first := mustGet(t, s, ids[0])
	first.MeetingStart = base.AddDate(0, 0, 10)
	mustUpdate(t, s, first)
	// Hand the second to another employee and manager.
	second := mustGet(t, s, ids[1])
	second.Employee.Email, second.Manager.Email = "new@example.com", "newboss@example.com"
	mustUpdate(t, s, second)
	// Delete the third.
	if err := s.Delete(ctx, ids[2]); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	want := []string{ids[3], ids[4], ids[0]}
	assertPages(t, s, conversation.ListQuery{Employee: "ann@example.com", Limit: 2}, want, 2)
	assertPages(t, s, conversation.ListQuery{Manager: "mo@example.com", Limit: 2}, want, 2)
	assertPages(t, s, conversation.ListQuery{Employee: "new@example.com"}, []string{ids[1]}, 1)
	assertPages(t, s, conversation.ListQuery{Manager: "newboss@example.com"}, []string{ids[1]}, 1)
	page, err := s.List(ctx, conversation.ListQuery{Employee: "ann@example.com", Limit: 1})
	if err != nil {
		t.Fatalf("List: %v", err)
	}
	if len(page.Conversations) != 1 {
		t.Fatalf("List with limit 1 returned %d conversations", len(page.Conversations))
	}
	wantFirst := Minimal(ids[3], "ann@example.com", "mo@example.com", Stored(base.AddDate(0, 0, 3)))
	wantFirst.CreatedAt, wantFirst.UpdatedAt, wantFirst.Version = Stored(wantFirst.CreatedAt), Stored(wantFirst.UpdatedAt), 1
	assertEqual(t, page.Conversations[0], wantFirst)
}

// The send ledger lives in the conversation: a claim is a conditional Update.
// These tests hold each store to what the protocol needs of that write.

func testClaimOnce(t *testing.T, s conversation.Store) {
	a, b := conversation.NewID(), conversation.NewID()
	mustCreate(t, s, Minimal(a, "ann@example.com", "mo@example.com", base))
	mustCreate(t, s, Minimal(b, "bob@example.com", "mo@example.com", base))
	mustClaim(t, s, a, conversation.EmailPrep, true)
	mustClaim(t, s, a, conversation.EmailPrep, false)
	mustClaim(t, s, a, conversation.EmailCheckIn+"1", true)
	mustClaim(t, s, a, conversation.EmailCheckIn+"2", true)
	mustClaim(t, s, b, conversation.EmailPrep, true)
	mustClaim(t, s, a, conversation.EmailCheckIn+"1", false)
}

// Concurrent deliveries race to claim one email, each with its own owner, each
// reading, claiming and writing conditionally, again on a conflict: one wins.
func testClaimConcurrent(t *testing.T, s conversation.Store) {
	const workers = 16
	ctx := t.Context()
	id := conversation.NewID()
	mustCreate(t, s, Minimal(id, "ann@example.com", "mo@example.com", base))
	var wg sync.WaitGroup
	won := make(chan bool, workers)
	errs := make(chan error, workers)
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok, err := claim(ctx, s, id, conversation.EmailPreread, fmt.Sprintf("owner-%d", i), base)
			if err != nil {
				errs <- err
				return
			}
			won <- ok
		}()
	}
	wg.Wait()
	close(won)
	close(errs)
	for err := range errs {
		t.Errorf("claim: %v", err)
	}
	winners := 0
	for ok := range won {
		if ok {
			winners++
		}
	}
	if winners != 1 {
		t.Errorf("%d of %d concurrent claims won, want exactly 1", winners, workers)
	}
}

// A claim with a state transition is one write; its owner may take it again,
// others after the lease; once sent, nobody.
func testClaimLease(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	id := conversation.NewID()
	mustCreate(t, s, Minimal(id, "ann@example.com", "mo@example.com", base))
	c := mustGet(t, s, id)
	c.Claim(conversation.EmailWrapUp, "o1", base, base.Add(5*time.Minute))
	if err := c.Transition(conversation.StatusAwaitingSteps); err != nil {
		t.Fatal(err)
	}
	mustUpdate(t, s, c)
	got := mustGet(t, s, id)
	if got.Status != conversation.StatusAwaitingSteps || got.Claimable(conversation.EmailWrapUp, "o2", base) != conversation.ClaimBusy {
		t.Fatalf("after the claim: status %s, %v for another owner; want awaiting_steps and busy", got.Status, got.Claimable(conversation.EmailWrapUp, "o2", base))
	}
	for _, tc := range []struct {
		owner string
		at    time.Time
		want  bool
	}{{"o1", base.Add(time.Minute), true}, {"o2", base.Add(2 * time.Minute), false}, {"o2", base.Add(7 * time.Minute), true}} {
		if ok, err := claim(ctx, s, id, conversation.EmailWrapUp, tc.owner, tc.at); err != nil || ok != tc.want {
			t.Errorf("claim by %s at +%v = %v, %v; want %v", tc.owner, tc.at.Sub(base), ok, err, tc.want)
		}
	}
	c = mustGet(t, s, id)
	c.MarkSent(conversation.EmailWrapUp, "ses-1", "cc.x.wrapup@mail.example.com", base.Add(8*time.Minute))
	mustUpdate(t, s, c)
	if ok, err := claim(ctx, s, id, conversation.EmailWrapUp, "o2", base.Add(time.Hour)); err != nil || ok {
		t.Errorf("claim of a sent email = %v, %v; want refused", ok, err)
	}
	if sent, _ := mustGet(t, s, id).SendOf(conversation.EmailWrapUp); sent.ProviderID != "ses-1" || sent.State != conversation.SendSent {
		t.Errorf("ledger entry = %+v, want sent with the provider ID", sent)
	}
}

// claim runs the claim protocol as the assistant does: read, check, claim with a
// five-minute lease, write conditionally, again on a conflict.
func claim(ctx context.Context, s conversation.Store, id, email, owner string, now time.Time) (bool, error) {
	for {
		c, err := s.Get(ctx, id)
		if err != nil {
			return false, err
		}
		switch c.Claimable(email, owner, now) {
		case conversation.ClaimBusy, conversation.ClaimSent:
			return false, nil
		}
		c.Claim(email, owner, now, now.Add(5*time.Minute))
		err = s.Update(ctx, c)
		if conversation.ErrorCode(err) == conversation.ECONFLICT {
			continue
		}
		return err == nil, err
	}
}

func testDelete(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	c := Full(conversation.NewID(), identity)
	other := Minimal(conversation.NewID(), "zoe@example.com", "mo@example.org", base)
	mustCreate(t, s, c)
	mustCreate(t, s, other)
	mustClaim(t, s, c.ID, conversation.EmailNudge, true)
	mustClaim(t, s, other.ID, conversation.EmailNudge, true)
	if err := s.Delete(ctx, c.ID); err != nil {
		t.Fatalf("Delete: %v", err)
	}
	_, err := s.Get(ctx, c.ID)
	wantCode(t, err, conversation.ENOTFOUND, "Get after Delete")
	assertPages(t, s, conversation.ListQuery{Employee: "zoe@example.com"}, []string{other.ID}, 1)
	assertPages(t, s, conversation.ListQuery{Manager: "mo@example.org"}, []string{other.ID}, 1)

	// The same ID created again starts with an empty ledger; the other keeps its claims.
	mustCreate(t, s, Full(c.ID, identity))
	if got := mustGet(t, s, c.ID); got.Version != 1 {
		t.Errorf("re-created conversation has version %d, want 1", got.Version)
	}
	mustClaim(t, s, c.ID, conversation.EmailNudge, true)
	mustClaim(t, s, other.ID, conversation.EmailNudge, false)
}

func testDeleteMissing(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	if err := s.Delete(ctx, conversation.NewID()); err != nil {
		t.Errorf("Delete of a missing conversation: %v", err)
	}
	c := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base)
	mustCreate(t, s, c)
	for i := range 2 {
		if err := s.Delete(ctx, c.ID); err != nil {
			t.Errorf("Delete #%d: %v", i+1, err)
		}
	}
}

// link is a message link of conversation id for email.
func link(id, key, email string) conversation.MessageLink {
	return conversation.MessageLink{Key: key, Conversation: id, Email: email, Token: id + "-p-1abcdefgh"}
}

func testLinks(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	c := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base)
	other := Minimal(conversation.NewID(), "zoe@example.com", "mo@example.com", base)
	mustCreate(t, s, c)
	mustCreate(t, s, other)
	ours := link(c.ID, "cc."+c.ID+".prep", conversation.EmailPrep)
	ses := link(c.ID, "0100018f2b3c4d5e-6f708192-a3b4-c5d6-e7f8-09a1b2c3d4e5-000000", conversation.EmailPrep)
	c.Notes = "sent"
	if err := s.Update(ctx, c, ours, ses); err != nil {
		t.Fatalf("Update with links: %v", err)
	}
	mustUpdate(t, s, c) // a later update without links keeps them
	if err := s.Update(ctx, other, link(other.ID, "cc."+other.ID+".prep", conversation.EmailPrep)); err != nil {
		t.Fatalf("Update of another conversation with a link: %v", err)
	}
	for _, tc := range []struct {
		messageID string
		want      conversation.MessageLink
	}{
		{"cc." + c.ID + ".prep@mail.example.com", ours},
		{"<CC." + c.ID + ".PREP@mail.example.com>", ours}, // as a header has it, case folded
		{"<" + ses.Key + "@email.amazonses.com>", ses},    // SES's form of the provider ID
		{ses.Key, ses},
		{"cc." + other.ID + ".prep@mail.example.com", link(other.ID, "cc."+other.ID+".prep", conversation.EmailPrep)},
	} {
		got, err := s.FindMessage(ctx, tc.messageID)
		if err != nil || got != tc.want {
			t.Errorf("FindMessage(%q) = %+v, %v; want %+v", tc.messageID, got, err, tc.want)
		}
	}
	for _, unknown := range []string{"cc." + c.ID + ".wrapup@mail.example.com", "CAF=x@mail.gmail.com", "", "<>"} {
		_, err := s.FindMessage(ctx, unknown)
		wantCode(t, err, conversation.ENOTFOUND, fmt.Sprintf("FindMessage(%q)", unknown))
	}
	wantCode(t, s.Update(ctx, c, link(other.ID, "cc.x.y", conversation.EmailPrep)), conversation.EINVALID, "Update with another conversation's link")
}

// testLinksConflict: an update refused (stale, or of a missing conversation)
// is refused with its links given; a link is written before its conversation
// (it names an email that was sent either way), so one may outlive the refusal,
// but it never names another conversation and FindMessage never fails on it.
func testLinksConflict(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	c := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base)
	mustCreate(t, s, c)
	stale := mustGet(t, s, c.ID)
	mustUpdate(t, s, c)
	wantCode(t, s.Update(ctx, stale, link(c.ID, "cc.stale", conversation.EmailPrep)), conversation.ECONFLICT, "Update with links at a stale version")
	gone := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base)
	gone.Version = 1
	wantCode(t, s.Update(ctx, gone, link(gone.ID, "cc.gone", conversation.EmailPrep)), conversation.ENOTFOUND, "Update with links of a missing conversation")
	for key, id := range map[string]string{"cc.stale": c.ID, "cc.gone": gone.ID} {
		got, err := s.FindMessage(ctx, key)
		if code := conversation.ErrorCode(err); code != "" && code != conversation.ENOTFOUND || err == nil && got.Conversation != id {
			t.Errorf("FindMessage(%q) after a refused update = %+v, %v; want its own conversation or ENOTFOUND", key, got, err)
		}
	}
}

func testLinksDeleted(t *testing.T, s conversation.Store) {
	ctx := t.Context()
	c := Minimal(conversation.NewID(), "ann@example.com", "mo@example.com", base)
	other := Minimal(conversation.NewID(), "zoe@example.com", "mo@example.com", base)
	mustCreate(t, s, c)
	mustCreate(t, s, other)
	// As the assistant does, the ledger records the emails the links name.
	c.Sends = []conversation.Send{{Email: conversation.EmailPrep, State: conversation.SendSent, At: base, MessageID: "cc.a@mail.example.com"},
		{Email: conversation.EmailCheckIn + "1", State: conversation.SendSent, At: base, ProviderID: "cc.b"}}
	if err := s.Update(ctx, c, link(c.ID, "cc.a", conversation.EmailPrep), link(c.ID, "cc.b", conversation.EmailCheckIn+"1")); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, other, link(other.ID, "cc.c", conversation.EmailPrep)); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"cc.a", "cc.b"} {
		_, err := s.FindMessage(ctx, k)
		wantCode(t, err, conversation.ENOTFOUND, "FindMessage of a deleted conversation's link "+k)
	}
	if got, err := s.FindMessage(ctx, "cc.c"); err != nil || got.Conversation != other.ID {
		t.Errorf("FindMessage of the other conversation's link = %+v, %v", got, err)
	}
}

// assertPages lists q page by page and checks the IDs and the number of pages.
func assertPages(tb testing.TB, s conversation.Store, q conversation.ListQuery, want []string, pages int) {
	tb.Helper()
	var got []string
	n := 0
	for {
		page, err := s.List(context.Background(), q)
		if err != nil {
			tb.Fatalf("List(%+v): %v", q, err)
		}
		n++
		if q.Limit > 0 && len(page.Conversations) > q.Limit {
			tb.Errorf("List(%+v) returned %d conversations, more than the limit", q, len(page.Conversations))
		}
		for _, c := range page.Conversations {
			got = append(got, c.ID)
		}
		if page.Cursor == "" || n > len(want)+2 {
			break
		}
		q.Cursor = page.Cursor
	}
	if !slices.Equal(got, want) || n != pages {
		tb.Errorf("List(%+v) gave %v in %d pages, want %v in %d pages", q, got, n, want, pages)
	}
}

// collect lists every page of q and returns the IDs.
func collect(tb testing.TB, s conversation.Store, q conversation.ListQuery) []string {
	tb.Helper()
	var ids []string
	for range 100 {
		page, err := s.List(context.Background(), q)
		if err != nil {
			tb.Fatalf("List(%+v): %v", q, err)
		}
		for _, c := range page.Conversations {
			ids = append(ids, c.ID)
		}
		if page.Cursor == "" {
			return ids
		}
		q.Cursor = page.Cursor
	}
	tb.Fatalf("List(%+v) did not end after 100 pages", q)
	return nil
}

func mustCreate(tb testing.TB, s conversation.Store, c *conversation.Conversation) {
	tb.Helper()
	if err := s.Create(context.Background(), c); err != nil {
		tb.Fatalf("Create %s: %v", c.ID, err)
	}
}

func mustUpdate(tb testing.TB, s conversation.Store, c *conversation.Conversation) {
	tb.Helper()
	if err := s.Update(context.Background(), c); err != nil {
		tb.Fatalf("Update %s: %v", c.ID, err)
	}
}

func mustGet(tb testing.TB, s conversation.Store, id string) *conversation.Conversation {
	tb.Helper()
	c, err := s.Get(context.Background(), id)
	if err != nil {
		tb.Fatalf("Get %s: %v", id, err)
	}
	return c
}

// mustClaim claims email for a new owner at base.
func mustClaim(tb testing.TB, s conversation.Store, id, email string, want bool) {
	tb.Helper()
	ok, err := claim(context.Background(), s, id, email, conversation.NewID(), base)
	if err != nil {
		tb.Fatalf("claim(%s, %s): %v", id, email, err)
	}
	if ok != want {
		tb.Errorf("claim(%s, %s) = %v, want %v", id, email, ok, want)
	}
}

func wantCode(tb testing.TB, err error, code, what string) {
	tb.Helper()
	if got := conversation.ErrorCode(err); got != code {
		tb.Errorf("%s: error %v (code %q), want code %q", what, err, got, code)
	}
}

// assertEqual compares two conversations field by field, and shows both as JSON
// when they differ.
func assertEqual(tb testing.TB, got, want *conversation.Conversation) {
	tb.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	g, _ := json.MarshalIndent(got, "", "  ")
	w, _ := json.MarshalIndent(want, "", "  ")
	if string(g) == string(w) {
		tb.Errorf("stored conversation differs in time zones or monotonic readings (times must be UTC):\n%s", g)
		return
	}
	tb.Errorf("stored conversation differs:\n got %s\nwant %s", g, w)
}
