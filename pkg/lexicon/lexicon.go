// Package lexicon holds the words the reply reader knows, one file per
// language: greetings and the phatic questions after them ("how are you"),
// honorifics, sign-offs, protective markings ("OFFICIAL", "Intern"), the
// "and" of a series, the
// wording of automatic replies, step statuses, month and weekday names,
// number words and duration units, the
// phrases that announce answers in the order of the questions, the column
// names of a steps table, the sentences that open or close a list of
// steps, acknowledgements, the phrases that only look ahead to hearing how
// the steps go, the words that start a step rather than make it
// due, the words of a legal notice and of quoted mail, device words, the
// words of a check-in (step nouns, ordinals, "all", "except", fillers,
// reasons), the stopwords of question matching, the words around a due
// date (DateWords: "by", "bis zum", "fin de", "next week", "Fri"), thanks,
// empty answers, postscripts, the stubs of an HTML-only message, the
// words that make a link a CV or profile, the questions a deferral names
// ("the rest", "questions 5-7"), the joiners of steps in one sentence
// ("and then") and "you wrote". Status symbols and the names of
// devices and mail apps, in no language, are here too.
//
// Adding a language is adding one file with one function returning its
// Language, and listing it in languages: the reader's regexps and scans
// are built from the merged lists, so nothing else changes. Words are
// lower-case, with one space between the words of a phrase. Nothing is
// built at package initialisation: the merged lists are built on first use
// (sync.OnceValue). There are no regular expressions here.
//
// The reader spells no word itself: TestReaderWordsInLexicon parses
// pkg/mailparse and every package of the module it imports (this one and
// what this one imports aside) and fails on a string literal holding one
// (a short, commented list of technical tokens aside).
package lexicon

import (
	"strings"
	"sync"
	"time"

	"github.com/careerconv/careerconv/pkg/conversation"
)

// Language is the vocabulary of one language, lower-case.
type Language struct {
	// Code is the ISO 639-1 code.
	Code string
	// Greetings open a reply: "hi", "dear".
	Greetings []string
	// Addressees follow a greeting in lower case: "hi all", "hallo
	// zusammen".
	Addressees []string
	// Honorifics follow the name of the person greeted, alone on the
	// greeting line: "さん" ("サムさん").
	Honorifics []string
	// SignOffs close one, alone on their line or before a name: "kind
	// regards", "viele grüße", "よろしくお願いいたします".
	SignOffs []string
	// Markings are the protective markings and sensitivity labels that mail
	// systems stamp on a line of their own at the top or the bottom of a
	// message ("official", "official-sensitive", "internal", "intern",
	// "uso interno"), perhaps after one of MarkingLabels ("classification:
	// internal", "clasificación: uso interno"). Such a line is no answer,
	// note or step.
	Markings, MarkingLabels []string
	// Phatic are the questions and wishes that may follow a greeting on its
	// line and ask nothing: "how are you", "wie geht's", "tudo bem".
	Phatic []string
	// SignatureLines are phrases that make a line part of a signature
	// whatever its length: "please consider the environment before
	// printing", a company's register entry.
	SignatureLines []string
	// Articles may stand before a step's number in a sentence: "le 3 est
	// en cours", "and 4 is blocked".
	Articles []string
	// And joins the last item of a series written in one sentence: "X, Y
	// and Z", "X, Y et Z". But joins two clauses of a check-in as And
	// does: "2 is done but 3 is blocked".
	And, But []string
	// AutoReplySubjects start the subject of an automatic reply:
	// "automatic reply", "abwesenheitsnotiz".
	AutoReplySubjects []string
	// AutoReplyBodies are phrases only automatic replies start with, or
	// hold in their first sentence: "i am out of the office".
	AutoReplyBodies []string
	// InOrder announce unnumbered answers given in the order of the
	// questions: "in the order of the questions".
	InOrder []string
	// ActionHeaders name the column of a steps table holding the step.
	ActionHeaders []string
	// DueHeaders name its due-date column.
	DueHeaders []string
	// ListFrames are the sentences around a list of steps that are not
	// steps: "here's what we agreed", "let me know if i've missed anything";
	// a Request is one too.
	ListFrames []string
	// LookAhead only look ahead to hearing how the steps go: "let's see
	// how", "looking forward to hearing", "on fera le point". A sentence
	// that opens with one is no step ("Let's see how it's going at the
	// first check-in"); within a step it is the step's.
	LookAhead []string
	// Requests open a sentence that asks to be told or corrected, which
	// closes a list of steps and is none: "let me know if", "shout if",
	// "korrigier mich, falls", "dis-moi si".
	Requests []string
	// WriteUps name a write-up of the meeting in a heading sentence above
	// steps written as prose: "quick write-up of Thursday", "kurze
	// Zusammenfassung", "petit résumé de jeudi".
	WriteUps []string
	// Only limit what a short lead before a colon announces: "just the one
	// for now:", "nur einer:", "un seul pour l'instant :". The words before
	// such a colon announce the step after it and are no part of it.
	Only []string
	// Apologies open a sentence that apologises for the reply itself, a
	// courtesy and no note: "sorry for the late reply", "désolée pour le
	// retard", "perdona el retraso".
	Apologies []string
	// Acknowledgements are short replies that only thank or agree:
	// "looks good".
	Acknowledgements []string
	// Wishes open a sentence that wishes the reader well: "good luck",
	// "enjoy", "viel erfolg". A reply that only acknowledges and wishes
	// ("Thanks, agreed. Good luck with the Dean!") sends nothing.
	Wishes []string
	// AnswerIntros announce which questions a reply answers, in a sentence
	// that is no answer: "i have answered", "j'ai répondu".
	AnswerIntros []string
	// Promises say that what was asked for comes later, and Later when:
	// "will send the list" + "tomorrow". A reply holding only that sends
	// nothing yet.
	Promises, Later []string
	// Starts say when a step begins, not when it is due: the date after
	// them is no due date ("starting in June", "ab März").
	Starts []string
	// Disclaimer words mark a legal or confidentiality notice: each
	// language names what such notices say (confidential, the intended
	// recipient, exclusively for, received in error, prohibited or
	// unauthorised use, disclosure), as words or stems ("vietat").
	Disclaimer []string
	// Unchanged say that a step, or every step, stands as it did: "no
	// change", "sin cambios". The check-in reader records nothing for them.
	Unchanged []string
	// Statuses map the phrases of a check-in to a step's status (Done,
	// InProgress…); negations have their own entry ("not done").
	Statuses StatusWords
	// Months and Weekdays map names and safe abbreviations to their value;
	// abbreviations that are also common words ("set", "out") are left out.
	Months   map[string]time.Month
	Weekdays map[string]time.Weekday
	// Numbers map small numbers written as words to their value.
	Numbers map[string]int
	// DurationDays map duration units to days (0: calendar months).
	DurationDays map[string]int
	// Dates are the words around a due date.
	Dates DateWords

	// The words of quoted and forwarded mail, lower-case.

	// Headers map the header names of a quoted message's header block
	// ("Von:", "Objet :") to their role: RoleFrom, RoleDate, RoleTo,
	// RoleSubject or RoleOther ("from", "date"…).
	Headers map[string]string
	// Separators stand between dashes: "-----Original Message-----".
	Separators []string
	// ForwardMarkers stand on their own line: "Begin forwarded message:".
	ForwardMarkers []string
	// Wrote end an attribution: "On …, Jane <jane@…> wrote:".
	Wrote []string
	// AttributionStarts may open an attribution wrapped over several lines.
	AttributionStarts []string
	// DeviceLines open the line a mail app adds ("Sent from my iPhone"),
	// when a device or app is named after them.
	DeviceLines []string
	// Devices are the words for a device after DeviceLines ("phone",
	// "handy"); brand and app names are in deviceNames.
	Devices []string
	// My are the possessives of a device line: after a DeviceLines phrase
	// they open a model's name ("sent from my TI-85"), and a DeviceLines
	// phrase ending in one ("from my", "von meinem", "从我的") also opens
	// sentences, so only a short line is a device line.
	My []string
	// DeviceEnds end a short line a mail app or its user adds: "Sam from
	// mobile", "Grüße vom Handy".
	DeviceEnds []string
	// YouWrote attribute a quote to the person replied to, with no name,
	// date or address: "you wrote:", "sie schrieben:", "vous avez écrit :".
	YouWrote []string

	// The words of commands by reply (see the Cmd constants).

	// Commands map the phrases of a command written alone on its line to the
	// command: "stop", "keine e-mails mehr" (CmdStop). The commands that take
	// an argument (CmdPause a date, CmdPrivate answer numbers, CmdAlias an
	// address) are their phrase followed by it: "pause until 10 march".
	Commands map[string]string
	// Courtesy may open or close a command's line: "please", "bitte".
	Courtesy []string

	// The words of a check-in reply, lower-case.

	// StepNouns introduce a step's number anywhere in a sentence ("mit
	// Schritt 3 …"); StepLabels may open a list item or a progress line
	// before its number(s), plurals first ("steps 1 and 2"), and
	// ItemLabels a progress line only ("item 2: done").
	StepNouns, StepLabels, ItemLabels []string
	// StepNumbers are the numbers a step noun may be followed by in words
	// ("step two"); articles that also mean one ("a", "un") are left out.
	StepNumbers map[string]int
	// Joiners join the numbers of several steps: "1 and 2".
	Joiners []string
	// Ordinals name a step by its rank ("the first one"); -1 is the last.
	Ordinals map[string]int
	// RankNouns may follow an ordinal ("the first one", "der zweite
	// Schritt"); RankArticles may come before a rank used alone and
	// RankVerbs after it ("the third is blocked"). Words end at an
	// apostrophe: "isn't" is read as "isn".
	RankNouns, RankArticles, RankVerbs []string
	// Except turn a report on all steps into one on all but some: "all
	// done except 2".
	Except []string
	// All say that a report covers every step: "all done".
	All []string
	// Reasons open the reason given after the step a status names ("I've
	// dropped the coffee since he's leaving"): it is the note.
	Reasons []string
	// Fillers stand between a status and its note, or before a status,
	// and belong to neither: "still in progress", "läuft noch".
	Fillers []string
	// Qualifiers are statuses that say how far a step has come or what it
	// waits on: run into the words after them ("halfway through the
	// course", "waiting on Priya"), they stay in the note.
	Qualifiers []string
	// PerfectAux are the auxiliaries of a negated verb that "yet" follows:
	// "haven't found a mentor yet" is not started. NotSuffixes negate the
	// auxiliary they are written onto ("n't"), Not after it ("not"); Yet
	// are the words of "yet".
	PerfectAux, NotSuffixes, Not, Yet []string
	// Common are words that do not tell steps apart: "the", "finish".
	Common []string
	// Stopwords are left out when quoted text is compared with the
	// questions.
	Stopwords []string

	// The labels of a numbered answer, lower-case. AnswerLabels name the
	// answer or refer to the question ("Re 3 -", "Answer 3:", "Zu 3:");
	// QuestionLabels name the question ("Q3", "Frage 3"); NumberLabels
	// abbreviate "number" ("Frage Nr. 3", "Question n° 3"); AnswerTags may
	// follow a question's number ("Q3 – A: …", "3. Answer: …").
	AnswerLabels, QuestionLabels, NumberLabels, AnswerTags []string

	// The words of a reply to the review, which books the next conversation.

	// BookYes open a reply that accepts the date proposed: "yes", "sounds good".
	BookYes []string
	// NotNow put the booking off: "not now", "later".
	NotNow []string
	// MonthLead stand before a month named alone, with no day: "in" September,
	// "im" September, "en" septembre.
	MonthLead []string

	// The words around answers and steps that are neither.

	// Thanks open a line that only thanks: "thanks", "vielen dank".
	Thanks []string
	// SkipAnswers are whole answers that say nothing: "n/a", "skip".
	SkipAnswers []string
	// Postscripts open a postscript, before a space or a punctuation mark:
	// "p.s.", "ps".
	Postscripts []string
	// SelfNames end a sentence that only names its writer: "です"
	// ("山田です").
	SelfNames []string
	// PlanNouns name the steps in the sentence that introduces them, and
	// Agreed say they were agreed: "the steps we agreed", "Schritte wie
	// besprochen".
	PlanNouns, Agreed []string
	// Deferrals say an answer comes later: "i'll think about it", "später".
	Deferrals []string
	// The questions a deferral puts off: their numbers after a question
	// label or one of QuestionPlurals ("questions 5-7", "Fragen 5-7"), or
	// joined by Ranges or Joiners ("5 to 7", "5 bis 7", "5 and 6"); or
	// Remaining, the questions left as a whole ("the rest", "die anderen
	// Fragen", "answer them"); or a count after RemainingLeads ("the last
	// two", "die letzten zwei").
	QuestionPlurals, Ranges, Remaining, RemainingLeads []string
	// The words of a line that only introduces the answers: it names them
	// (AnswerNouns: "my answers"), says where they are (Inline: "below",
	// "between the lines"), ends with IntroEnds ("回答します") or is
	// HereYouGo ("here you go", "voilà"), perhaps after one of Openers
	// ("ok,", "so").
	AnswerNouns, Inline, IntroEnds, HereYouGo, Openers []string
	// QuestionRefs may open a line that names a question in words:
	// "regarding" the second question, "zur" zweiten Frage; Definite are the
	// articles before it ("the", "la").
	QuestionRefs, Definite []string
	// StepLeads open a sentence that says what was agreed and go from the
	// step: "we agreed that i'd", "the plan is to", "i'll". Sequencers may
	// stand before them: "so", "firstly", "as agreed".
	StepLeads, Sequencers []string
	// Then join a step to the one before it in the same sentence, after a
	// comma or a semicolon or alone: "then", "and then", "und dann",
	// "puis".
	Then []string
	// OtherLeads open a clause of steps in prose that someone other than
	// the writer does: "you'll", "we will". Beside one, the writer's
	// clauses keep their "I'll" too.
	OtherLeads []string
	// Profile are the words that make a link on their line a CV or a
	// profile: "cv", "résumé", "lebenslauf".
	Profile []string
	// HTMLStubs betray a text/plain part that only says to read the HTML
	// one: "this is an html message".
	HTMLStubs []string
}

// DateWords are the words of one language around a due date, lower-case,
// words separated by one space (the reader accepts any run of spaces).
type DateWords struct {
	// Leads make a month or a quarter named after them a due date: "by
	// March", "in Q2", "bis März". A month or quarter inside a step's
	// wording ("Lead the Q2 planning workshop") has none.
	Leads []string
	// Before are the first words of the Leads that put the date before the
	// period named: "before April" is due at the end of March.
	Before []string
	// DayLeads stand before a day and month written in numbers without a
	// year ("bis 15.02."): without one, "1.5" is more often a number.
	DayLeads []string
	// MonthEnds stand before a month or a quarter for its last day: "end
	// of March", "Ende März", "fin d'avril" (a phrase ending in an
	// apostrophe is written onto the next word).
	MonthEnds []string
	// EndsAfter follow a month for its last day, in languages that write
	// it after the month: "3月末", "3月底", "3월 말", "maaliskuun loppuun",
	// "Feb-end".
	EndsAfter []string
	// After follow a due date as a lead stands before it in other
	// languages: "まで", "までに", "前", "까지" ("3月15日までに" is "by 15
	// March"). A step that ends with its date and one of them loses both:
	// "AWS認定資格を取得する（3月末まで）".
	After []string
	// MonthMids stand before a month for its 15th: "mid-March", "the
	// middle of March", "Mitte März" (a phrase ending in a hyphen is
	// written onto the next word).
	MonthMids []string
	// Periods name a day relative to the day of the reply: "end of the
	// month", "next week", "morgen", "EOM".
	Periods map[string]Period
	// Within introduce a duration: "in 6 weeks", "innerhalb von 2 Wochen".
	Within []string
	// WeekdayLeads may stand before a weekday read as a due date: "next
	// Friday", "COB Thursday"; Next are those that mean the week after.
	WeekdayLeads, Next []string
	// WeekdayShort are the abbreviations of weekdays, read only between a
	// due date's lead and its date ("by Fri 29 Jan"): alone, "sun" or "mar"
	// are other words.
	WeekdayShort []string
	// DayOf stand between a lead and a day of the month named alone, with
	// no month: "by the 20th", "bis zum 20.", "para el día 20" (the day
	// is then the next one of that number).
	DayOf []string
	// DaySuffixes follow a day's number: "1st", "1er", "1º". Of stands
	// between a day and its month ("31 of March", "31 de marzo"), YearOf
	// between a month and its year ("de 2027").
	DaySuffixes, Of, YearOf []string
	// Clauses introduce a due date that ends a step, and go from the
	// step's text with it: "due by", "deadline:", "bis spätestens", "(due
	// 15 March)".
	Clauses []string
}

// Period is a day named relative to the day of a reply.
type Period int

// The periods Periods map to.
const (
	Tomorrow       Period = iota + 1 // the day after
	EndOfWeek                        // Friday of this week
	EndOfNextWeek                    // Friday of next week
	EndOfMonth                       // the last day of this month
	EndOfNextMonth                   // the last day of next month
	EndOfQuarter                     // the last day of this quarter
	EndOfYear                        // 31 December
)

// endsOf is the phrases of periods "end of" may stand before: each of
// nouns, after each of ends ("end of", "the end of the"), plus those of
// more.
func endsOf(ends []string, nouns, more map[string]Period) map[string]Period {
	out := map[string]Period{}
	for _, e := range ends {
		for n, p := range nouns {
			out[e+" "+n] = p
		}
	}
	for n, p := range more {
		out[n] = p
	}
	return out
}

// The roles Headers maps header names to.
const (
	RoleFrom    = "from"
	RoleDate    = "date"
	RoleTo      = "to"
	RoleSubject = "subject"
	RoleOther   = "other"
)

// The commands Commands maps to.
const (
	CmdStop      = "stop"    // no more emails for this conversation
	CmdPause     = "pause"   // pause until a date: the check-ins move
	CmdSkip      = "skip"    // skip this (or the next) check-in
	CmdPrivate   = "private" // keep answers out of the manager's emails
	CmdHelp      = "help"    // what can be replied
	CmdFewer     = "fewer"   // fewer emails: only when something is blocked, no reminders
	CmdAllEmails = "all"     // every email again (undoes CmdFewer)
	CmdAlias     = "alias"   // another address of the sender's
)

// StatusWords map the phrases of a check-in, lower-case, to a step's status.
type StatusWords map[string]conversation.StepStatus

// Short names for the step statuses (conversation.StepStatus) the word
// tables of Statuses map to; the statuses themselves are conversation's.
const (
	Done       = conversation.StepDone
	InProgress = conversation.StepInProgress
	NotStarted = conversation.StepNotStarted
	Blocked    = conversation.StepBlocked
	Dropped    = conversation.StepDropped
)

// MergedMap returns the union of one map over all languages; a later
// language does not override an earlier one.
func MergedMap[V any](field func(Language) map[string]V) map[string]V {
	out := map[string]V{}
	for _, l := range Languages() {
		for k, v := range field(l) {
			if _, ok := out[k]; !ok {
				out[k] = v
			}
		}
	}
	return out
}

// languages lists every language the reader knows.
func languages() []Language {
	return []Language{english(), german(), french(), spanish(), italian(), dutch(), portuguese(), japanese(),
		swedish(), danish(), norwegian(), polish(), czech(), finnish(), turkish(), hungarian(), russian(), ukrainian(),
		greek(), indonesian(), chinese(), korean()}
}

// Languages returns every language the reader knows (built once).
var Languages = sync.OnceValue(languages)

// Merged returns the union of one list over all languages, in language
// order, without duplicates. field picks the list.
func Merged(field func(Language) []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, l := range Languages() {
		for _, w := range field(l) {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// Lists merged over all languages, built on first use.
var (
	Greetings         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Greetings }) })
	Addressees        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Addressees }) })
	Honorifics        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Honorifics }) })
	SignOffs          = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.SignOffs }) })
	SignatureLines    = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.SignatureLines }) })
	Markings          = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Markings }) })
	MarkingLabels     = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.MarkingLabels }) })
	Phatic            = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Phatic }) })
	Articles          = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Articles }) })
	And               = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.And }) })
	But               = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.But }) })
	AutoReplySubjects = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.AutoReplySubjects }) })
	AutoReplyBodies   = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.AutoReplyBodies }) })
	InOrder           = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.InOrder }) })
	ActionHeaders     = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.ActionHeaders }) })
	DueHeaders        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.DueHeaders }) })
	ListFrames        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.ListFrames }) })
	LookAhead         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.LookAhead }) })
	Acknowledgements  = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Acknowledgements }) })
	Requests          = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Requests }) })
	WriteUps          = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.WriteUps }) })
	Only              = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Only }) })
	Apologies         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Apologies }) })
	Wishes            = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Wishes }) })
	AnswerIntros      = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.AnswerIntros }) })
	Promises          = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Promises }) })
	Later             = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Later }) })
	Starts            = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Starts }) })
	Separators        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Separators }) })
	ForwardMarkers    = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.ForwardMarkers }) })
	Wrote             = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Wrote }) })
	AttributionStarts = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.AttributionStarts }) })
	DeviceLines       = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.DeviceLines }) })
	Headers           = sync.OnceValue(func() map[string]string { return MergedMap(func(l Language) map[string]string { return l.Headers }) })
	Disclaimer        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Disclaimer }) })
	Unchanged         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Unchanged }) })
	Commands          = sync.OnceValue(func() map[string]string { return MergedMap(func(l Language) map[string]string { return l.Commands }) })
	Courtesy          = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Courtesy }) })
	StepNouns         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.StepNouns }) })
	StepLabels        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.StepLabels }) })
	ItemLabels        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.ItemLabels }) })
	Joiners           = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Joiners }) })
	RankNouns         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.RankNouns }) })
	RankArticles      = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.RankArticles }) })
	RankVerbs         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.RankVerbs }) })
	Except            = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Except }) })
	All               = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.All }) })
	Reasons           = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Reasons }) })
	Fillers           = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Fillers }) })
	Qualifiers        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Qualifiers }) })
	PerfectAux        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.PerfectAux }) })
	Common            = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Common }) })
	Stopwords         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Stopwords }) })
	AnswerLabels      = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.AnswerLabels }) })
	QuestionLabels    = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.QuestionLabels }) })
	NumberLabels      = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.NumberLabels }) })
	AnswerTags        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.AnswerTags }) })
	Thanks            = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Thanks }) })
	SkipAnswers       = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.SkipAnswers }) })
	Postscripts       = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Postscripts }) })
	SelfNames         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.SelfNames }) })
	PlanNouns         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.PlanNouns }) })
	Agreed            = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Agreed }) })
	Deferrals         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Deferrals }) })
	AnswerNouns       = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.AnswerNouns }) })
	Inline            = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Inline }) })
	IntroEnds         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.IntroEnds }) })
	HereYouGo         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.HereYouGo }) })
	Openers           = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Openers }) })
	QuestionRefs      = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.QuestionRefs }) })
	Definite          = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Definite }) })
	StepLeads         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.StepLeads }) })
	Sequencers        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Sequencers }) })
	OtherLeads        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.OtherLeads }) })
	NotSuffixes       = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.NotSuffixes }) })
	Not               = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Not }) })
	Yet               = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Yet }) })
	My                = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.My }) })
	DeviceEnds        = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.DeviceEnds }) })
	YouWrote          = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.YouWrote }) })
	QuestionPlurals   = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.QuestionPlurals }) })
	Ranges            = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Ranges }) })
	Remaining         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Remaining }) })
	RemainingLeads    = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.RemainingLeads }) })
	Then              = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Then }) })
	Profile           = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.Profile }) })
	HTMLStubs         = sync.OnceValue(func() []string { return Merged(func(l Language) []string { return l.HTMLStubs }) })
	StepNumbers       = sync.OnceValue(func() map[string]int { return MergedMap(func(l Language) map[string]int { return l.StepNumbers }) })
	Ordinals          = sync.OnceValue(func() map[string]int { return MergedMap(func(l Language) map[string]int { return l.Ordinals }) })
	// Devices are the device words of every language and the brand and
	// app names (deviceNames).
	Devices = sync.OnceValue(func() []string { return append(Merged(func(l Language) []string { return l.Devices }), deviceNames...) })
)

// deviceNames are the devices and mail apps named after a DeviceLines
// phrase, in no language: "Sent from my iPhone", "Get Outlook for iOS".
var deviceNames = []string{
	"iphone", "ipad", "ipod", "android", "blackberry", "samsung", "galaxy", "htc", "nokia", "huawei", "xiaomi", "pixel",
	"motorola", "sony", "oneplus", "alcatel", "windows", "mail", "outlook", "gmail", "yahoo", "aol", "airmail", "mailbox",
	"spark", "kindle", "ios", "ipados", "macos", "surface", "k-9", "proton", "superhuman", "hey", "tuta", "zoho", "edison", "newton",
}

// StatusSymbols map the ticks, crosses and emoji of a check-in reply to
// step statuses, in no language.
var StatusSymbols = sync.OnceValue(func() map[string]conversation.StepStatus {
	return map[string]conversation.StepStatus{
		"✅": Done, "✔️": Done, "✔": Done, "☑️": Done, "☑": Done, "✓": Done, "🎉": Done, "[x]": Done, "[X]": Done,
		"⏳": InProgress, "⌛": InProgress, "🔄": InProgress, "🔁": InProgress, "🚧": InProgress, "🏃": InProgress,
		"🟡": InProgress, "🟠": InProgress, "🟢": InProgress,
		"⬜": NotStarted, "◻️": NotStarted, "◻": NotStarted, "[ ]": NotStarted,
		"🚫": Blocked, "⛔": Blocked, "🛑": Blocked, "⚠️": Blocked, "🔴": Blocked,
		"❌": Dropped, "✗": Dropped, "✘": Dropped, "🗑️": Dropped, "🗑": Dropped,
	}
})

// ContainsAny reports whether lower (already lower-cased) contains one of
// the phrases.
func ContainsAny(lower string, phrases []string) bool {
	for _, p := range phrases {
		if strings.Contains(lower, p) {
			return true
		}
	}
	return false
}

// HasPrefixAny reports whether lower (already lower-cased) starts with one
// of the phrases.
func HasPrefixAny(lower string, phrases []string) bool {
	for _, p := range phrases {
		if strings.HasPrefix(lower, p) {
			return true
		}
	}
	return false
}

// Equal reports whether s, trimmed of spaces and punctuation and
// lower-cased, is one of the words.
func Equal(s string, words []string) bool {
	s = strings.ToLower(strings.Trim(s, " \t*_:.#"))
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}
