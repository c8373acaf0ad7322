package lexicon

import (
	"reflect"
	"strings"
	"testing"
)

// TestLanguages checks what every language file must hold, so that adding a
// language is adding a file: lower-case words, known statuses, and no word
// that two languages read differently.
func TestLanguages(t *testing.T) {
	owner := map[string]string{} // status phrase → "lang:status"
	for _, l := range Languages() {
		// A language replies are read in has its statuses and the words
		// around them; one of quoted mail only has quoted-mail words.
		if len(l.Statuses) > 0 && (len(l.SignOffs) == 0 || len(l.AutoReplySubjects) == 0 || len(l.ActionHeaders) == 0 || len(l.DueHeaders) == 0 || len(l.Months) == 0) {
			t.Errorf("%s: sign-offs, auto-reply subjects, table headers and months are required", l.Code)
		}
		if len(l.Statuses) == 0 && len(l.Headers)+len(l.Wrote)+len(l.Separators)+len(l.AttributionStarts)+len(l.SignOffs) == 0 {
			t.Errorf("%s: no words", l.Code)
		}
		for h, role := range l.Headers {
			if !map[string]bool{RoleFrom: true, RoleDate: true, RoleTo: true, RoleSubject: true, RoleOther: true}[role] || h != strings.ToLower(h) {
				t.Errorf("%s: header %q has role %q", l.Code, h, role)
			}
		}
		lists := [][]string{l.Greetings, l.Addressees, l.Honorifics, l.SignOffs, l.Markings, l.MarkingLabels, l.Phatic, l.And, l.AutoReplySubjects, l.AutoReplyBodies, l.InOrder,
			l.ActionHeaders, l.DueHeaders, l.ListFrames, l.LookAhead, l.Requests, l.WriteUps, l.Only, l.Apologies, l.Acknowledgements, l.Wishes, l.AnswerIntros, l.Promises, l.Later, l.Disclaimer, l.Unchanged,
			l.Separators, l.ForwardMarkers, l.Wrote, l.DeviceLines, l.Starts, l.Devices,
			l.StepNouns, l.StepLabels, l.ItemLabels, l.Joiners, l.RankNouns, l.RankArticles, l.RankVerbs, l.Except, l.All,
			l.Reasons, l.Fillers, l.Qualifiers, l.PerfectAux, l.Common, l.Stopwords, l.AnswerLabels, l.QuestionLabels, l.NumberLabels, l.AnswerTags}
		for _, list := range lists {
			for _, w := range list {
				if w != strings.ToLower(w) || strings.TrimSpace(w) != w || w == "" {
					t.Errorf("%s: %q must be lower-case and trimmed", l.Code, w)
				}
			}
		}
		for p, st := range l.Statuses {
			if !st.Valid() {
				t.Errorf("%s: %q maps to unknown status %q", l.Code, p, st)
			}
			if o, ok := owner[p]; ok && !strings.HasSuffix(o, ":"+string(st)) {
				t.Errorf("%s: %q is %s here and %s elsewhere", l.Code, p, st, o)
			}
			owner[p] = l.Code + ":" + string(st)
		}
	}
	if len(Languages()) < 7 {
		t.Errorf("%d languages, want at least 7", len(Languages()))
	}
}

func TestMerged(t *testing.T) {
	if !Equal(" Due date: ", DueHeaders()) || Equal("due dates", DueHeaders()) {
		t.Error("Equal: want a trimmed, case-insensitive whole match")
	}
	if MergedMap(func(l Language) map[string]int { return l.Numbers })["drei"] != 3 {
		t.Error("MergedMap: want the numbers of every language")
	}
	if !HasPrefixAny("abwesenheitsnotiz: re: x", AutoReplySubjects()) {
		t.Error("HasPrefixAny: want the German auto-reply subject")
	}
}

// TestCommands checks the command words: lower-case, a known command, and no
// phrase that two languages read as different commands.
func TestCommands(t *testing.T) {
	known := map[string]bool{CmdStop: true, CmdPause: true, CmdSkip: true, CmdPrivate: true, CmdHelp: true, CmdFewer: true, CmdAllEmails: true, CmdAlias: true}
	owner := map[string]string{}
	for _, l := range Languages() {
		for p, c := range l.Commands {
			if !known[c] || p != strings.ToLower(p) || strings.TrimSpace(p) != p {
				t.Errorf("%s: %q → %q", l.Code, p, c)
			}
			if o, ok := owner[p]; ok && o != c {
				t.Errorf("%s: %q is %s here and %s elsewhere", l.Code, p, c, o)
			}
			owner[p] = c
		}
	}
	for _, code := range []string{"en", "de", "fr", "es"} {
		seen := map[string]bool{}
		for _, l := range Languages() {
			if l.Code == code {
				for _, c := range l.Commands {
					seen[c] = true
				}
			}
		}
		delete(seen, CmdStop) // "stop" is the same word in several
		if len(seen) < len(known)-1 {
			t.Errorf("%s has words for %d commands, want every one", code, len(seen))
		}
	}
}

// TestWordsLowerCase checks every word of every list of every language,
// the ones added since TestLanguages' list included: lower-case, trimmed,
// one space between words, as the reader's scans and patterns expect
// (AttributionStarts end with the space that follows them: "on ").
func TestWordsLowerCase(t *testing.T) {
	for _, l := range Languages() {
		var walk func(path string, v reflect.Value)
		walk = func(path string, v reflect.Value) {
			switch v.Kind() {
			case reflect.String:
				if w := v.String(); path != "Code" && path != "AttributionStarts" && (w != strings.ToLower(w) || strings.Join(strings.Fields(w), " ") != w) {
					t.Errorf("%s %s: %q must be lower-case, trimmed, with one space between words", l.Code, path, w)
				}
			case reflect.Slice:
				for i := range v.Len() {
					walk(path, v.Index(i))
				}
			case reflect.Map:
				for _, k := range v.MapKeys() {
					walk(path+" key", k)
				}
			case reflect.Struct:
				for i := range v.NumField() {
					walk(v.Type().Field(i).Name, v.Field(i))
				}
			}
		}
		walk("", reflect.ValueOf(l))
	}
}
