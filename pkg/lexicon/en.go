package lexicon

import "time"

func english() Language {
	return englishReplies(Language{
		Code:          "en",
		Phatic:        []string{"how are you", "how are you doing", "how's it going", "hows it going", "how are things", "how's things", "you ok", "you well", "hope you're well", "hope you are well", "hope you're doing well", "hope you are doing well", "hope all is well", "hope all's well", "hope you had a good weekend", "hope you had a nice weekend"},
		MarkingLabels: []string{"classification", "sensitivity", "security classification", "sensitivity label", "data classification", "label", "sec="},
		Markings:      []string{"official", "official-sensitive", "official sensitive", "official: sensitive", "official - sensitive", "unofficial", "protected", "internal", "internal use", "internal use only", "for internal use only", "internal only", "confidential", "highly confidential", "strictly confidential", "restricted", "public", "general", "general business", "sensitive", "not protectively marked"},
		Apologies:     []string{"sorry for", "so sorry for", "sorry about", "apologies for", "my apologies for", "sorry it took", "sorry this took", "sorry it's late", "sorry this is late", "sorry these are", "sorry they're", "sorry they are", "sorry it's a bit", "sorry this is a bit"},
		Requests:      []string{"let me know if", "please let me know if", "do let me know if", "shout if", "give me a shout if", "tell me if", "correct me if"},
		WriteUps:      []string{"write-up", "write up", "writeup", "summary", "recap", "notes", "minutes", "round-up", "roundup"},
		Only:          []string{"just", "only", "for now", "so far"},
		My:            []string{"my"}, DeviceEnds: []string{"from mobile"}, YouWrote: []string{"you wrote", "you said"},
		QuestionPlurals: []string{"questions"}, Ranges: []string{"to"},
		Remaining:      []string{"rest", "others", "remaining", "remaining ones", "other ones", "other questions", "answer these", "answer them", "answer all of them"},
		RemainingLeads: []string{"the last", "the first", "the final", "the other"},
		Then:           []string{"then", "and then"},
		Greetings:      []string{"hi", "hello", "hey", "dear", "good morning", "good afternoon", "morning"},
		Addressees:     []string{"all", "both", "everyone", "team", "there", "folks", "guys", "you two", "all of you"},
		SignOffs: []string{"thanks", "thank you", "many thanks", "thanks again", "thx", "cheers", "best", "best regards", "best wishes",
			"kind regards", "regards", "warm regards", "warmly", "all the best", "speak soon", "talk soon", "see you soon",
			"see you", "looking forward", "sincerely", "yours", "with thanks", "many thanks and best regards", "thanks and regards",
			"kindest regards", "warmest regards", "with best wishes", "with kind regards", "with warm regards", "with many thanks", "warm wishes", "all best", "yours sincerely", "yours faithfully", "respectfully", "take care", "br", "rgds", "ty", "tx", "thnx", "tks", "regds", "kind rgds", "best rgds", "kr", "thanks so much", "thank you so much", "thanks a lot", "thanks a million", "many thanks again", "much appreciated", "warmest wishes"},
		SignatureLines:    []string{"consider the environment before printing", "think before you print", "please don't print this", "this email was sent from", "confidentiality notice"},
		Articles:          []string{"the", "and", "while"},
		And:               []string{"and"},
		But:               []string{"but"},
		AutoReplySubjects: []string{"automatic reply", "auto reply", "auto-reply", "autoreply", "out of office", "out of the office", "ooo:", "away from the office"},
		AutoReplyBodies: []string{"out of office:", "i am out of the office", "i'm out of the office", "i am currently out of", "i'm currently out of the office", "i'm currently out of", "i am on annual leave", "i'm on annual leave", "i am on leave", "i'm on leave", "i am on holiday", "i'm on holiday", "i am on vacation",
			"i'm on vacation", "with limited access to email", "with limited access to e-mail", "this is an automatic reply", "this is an automated reply"},
		InOrder: []string{"in the order of the questions", "in order of the questions", "in the same order as the questions",
			"in the order of your questions", "in order of your questions", "in the same order as your questions",
			"in the same order", "in the order you asked", "in question order", "in order:", "in order below", "one per question", "questions in order"},
		ActionHeaders: []string{"action", "actions", "step", "steps", "task", "tasks", "what", "next step", "next steps", "action item", "action items", "item", "goal"},
		DueHeaders:    []string{"due", "due date", "deadline", "by", "by when", "when", "date", "target date", "target"},
		LookAhead:     []string{"let's see how", "let us see how", "we'll see how", "see how it goes", "see how it's going", "see how things go", "see how you get on", "looking forward to hearing", "looking forward to seeing", "look forward to hearing", "look forward to seeing", "talk soon", "speak soon"},
		ListFrames: []string{"keep you posted", "keep you posted on how it goes", "keep you updated", "let you know how it goes", "let you know if anything changes", "let you know if any of this changes", "here's what we agreed", "here is what we agreed", "here are the steps", "here are my steps", "as discussed",
			"as agreed", "agreed in the meeting", "we agreed", "steps we agreed", "let me know if i've missed", "let me know if i have missed",
			"let me know if i missed", "let me know if anything is missing", "let me know if that's not right", "shout if i've missed",
			"let me know if i forgot", "thanks for the chat", "thanks for the conversation", "thanks for the meeting", "thanks for your time",
			"one per line", "did i miss anything", "anything i missed"},
		Starts: []string{"starting", "beginning", "from"},
		Acknowledgements: []string{"looks good", "look good", "sounds good", "all good", "perfect", "great", "thanks", "thank you", "got it",
			"noted", "ok", "okay", "agreed", "lgtm", "confirmed", "that's right", "all correct", "correct"},
		AnswerIntros: []string{"i have answered", "i've answered", "i answered", "i have replied to", "i've replied to", "i have only answered", "i've only answered", "only had time for", "only had time to answer", "only got to", "only got through", "only managed"},
		Promises:     []string{"will send", "i'll send", "i will send", "send you the", "send them", "send it", "get back to you with", "follow up with the"},
		Later:        []string{"tomorrow", "later", "tonight", "next week", "this evening", "after the weekend", "on monday"},
		Disclaimer: []string{"confidential", "intended recipient", "privileged", "disclaimer", "unauthorized", "unauthorised",
			"prohibited", "if you have received this", "if you are not the", "delete this message", "delete this e-mail",
			"delete this email", "received this in error", "received this message in error", "solely for", "exclusively for", "strictly forbidden",
			"intended only for", "addressee", "received it in error", "notify the sender"},
		Months: map[string]time.Month{
			"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
			"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7,
			"jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
			"october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
		},
		Weekdays: map[string]time.Weekday{
			"monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
			"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
			"sunday": time.Sunday,
		},
		Numbers: map[string]int{
			"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
			"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2, "a few": 3,
		},
		Dates: englishDates(),
		DurationDays: map[string]int{
			"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "month": 0, "months": 0,
		},
		Headers:           map[string]string{"from": "from", "sent": "date", "date": "date", "to": "to", "cc": "to", "bcc": "to", "subject": "subject", "reply-to": "other", "sent by": "other"},
		Separators:        []string{"original message", "original", "forwarded message", "forwarded message follows", "reply message"},
		ForwardMarkers:    []string{"begin forwarded message", "original message", "forwarded message"},
		Wrote:             []string{"wrote", "writes", "said"},
		AttributionStarts: []string{"on ", "at "},
		DeviceLines:       []string{"sent from", "sent with", "sent via", "sent by", "sent using", "sent on", "from my", "get outlook for"},
	})
}

// englishReplies adds the English words of commands, check-ins, answer markers and replies to the review.
func englishReplies(l Language) Language {
	l.Unchanged = []string{"no change", "no changes", "unchanged", "nothing new", "nothing has changed", "nothing's changed", "same as last time", "same as before", "still the same", "no update", "no updates", "no news", "as before", "as it was", "rest is the same", "everything else the same"}
	l.Statuses = StatusWords{
		"done": Done, "completed": Done, "complete": Done, "finished": Done,
		"achieved": Done, "all done": Done, "ticked off": Done, "passed": Done, "is updated": Done, "are updated": Done,
		"in progress": InProgress, "in-progress": InProgress, "still going": InProgress, "still ongoing": InProgress, "going slowly": InProgress, "going well": InProgress, "coming along": InProgress, "progressing": InProgress, "ongoing": InProgress, "underway": InProgress,
		"under way": InProgress, "started": InProgress, "halfway": InProgress, "half way": InProgress,
		"half-way": InProgress, "working on it": InProgress, "working on": InProgress, "working through": InProgress, "on track": InProgress,
		"wip": InProgress, "almost done": InProgress, "nearly done": InProgress, "not finished": InProgress,
		"not completed": InProgress, "not complete": InProgress, "partly done": InProgress, "partially done": InProgress,
		"not started": NotStarted, "not yet started": NotStarted, "haven't started": NotStarted, "have not started": NotStarted, "hasn't started": NotStarted, "has not started": NotStarted, "hasn't begun": NotStarted, "not begun yet": NotStarted,
		"not begun": NotStarted, "not done": NotStarted, "not yet done": NotStarted, "to do": NotStarted,
		"todo": NotStarted, "not yet": NotStarted, "nothing yet": NotStarted, "blocked": Blocked,
		"stuck": Blocked, "on hold": Blocked, "paused": Blocked, "waiting on": Blocked,
		"waiting for": Blocked, "dropped": Dropped, "cancelled": Dropped, "canceled": Dropped,
		"abandoned": Dropped, "won't do": Dropped, "will not do": Dropped, "skipped": Dropped,
		"not doing": Dropped, "no longer relevant": Dropped, "not relevant anymore": Dropped, "scrapped": Dropped,
		// Non-native forms: "step 1 is finish", "i am doing now", "not begin yet".
		"is finish": Done, "finish already": Done, "already finish": Done, "doing now": InProgress, "still doing": InProgress,
		"not begin": NotStarted, "not start": NotStarted, "didn't start": NotStarted, "did not start": NotStarted, "almost there": InProgress, "getting there": InProgress, "have not even started": NotStarted, "haven't even started": NotStarted, "nearly there": InProgress, "not even started": NotStarted, "on ice": Blocked, "parked": Blocked,
	}
	l.Commands = englishCommands()
	l.Courtesy = []string{"please", "pls", "plz", "thanks", "thank you", "cheers"}
	l.StepNouns = []string{"step", "item", "point"}
	l.StepLabels = []string{"steps", "step"}
	l.ItemLabels = []string{"items", "item"}
	l.StepNumbers = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
	l.Joiners = []string{"and"}
	l.Ordinals = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5,
		"sixth": 6, "6th": 6, "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "last": -1}
	l.RankNouns = []string{"one", "step", "item", "task", "point", "thing", "goal", "action"}
	l.RankArticles = []string{"the"}
	l.RankVerbs = []string{"is", "was", "has", "isn", "hasn", "wasn", "will", "won", "still", "got", "needs", "are", "were", "have", "aren", "haven", "weren", "need"}
	l.Except = []string{"except for", "except", "apart from", "other than", "save for"}
	l.All = []string{"all", "everything"}
	l.Reasons = []string{"since", "because", "as"}
	l.Fillers = []string{"yet", "still", "now", "there", "already", "just", "finally", "mostly", "too", "also", "i'm", "im", "i", "am", "is", "it's", "its", "it", "we're", "are", "was", "which", "has", "been", "have", "and", "but", "that", "this", "one"}
	l.Qualifiers = []string{"halfway", "half way", "half-way", "almost done", "nearly done", "partly done", "partially done", "waiting on", "waiting for"}
	l.PerfectAux = []string{"have", "has", "had", "did", "i've", "we've"}
	l.Common = []string{"a", "an", "the", "my", "to", "in", "on", "of", "for", "with", "and", "or", "up", "at", "by", "it", "is", "i", "me", "we", "be", "do", "get", "set", "make", "take", "finish", "start", "complete", "done", "work", "working", "one", "step", "due", "status", "week", "weeks", "month", "months", "day", "days", "time", "year", "not", "started", "yet", "still", "have", "has"}
	l.Stopwords = []string{"the", "and", "you", "your", "what", "that", "would", "like", "are", "for", "with", "how", "might", "will", "have", "any", "our", "this", "about", "there"}
	l.Devices = []string{"mobile", "phone", "cell", "tablet", "device", "smartphone"}
	l.AnswerLabels = []string{"answer", "re:", "re", "to"}
	l.QuestionLabels = []string{"question", "q"}
	l.NumberLabels = []string{"no.", "num.", "no", "number"}
	l.AnswerTags = []string{"answer:", "a:"}
	l.BookYes = []string{"yes", "yep", "yeah", "ok", "okay", "sure", "sounds good", "that works", "works for me", "perfect", "great", "book it", "please book", "go ahead", "fine", "agreed"}
	l.NotNow = []string{"not now", "not right now", "not yet", "maybe later", "later", "ask me later", "ask again later", "not at the moment", "too early", "too soon"}
	l.MonthLead = []string{"in", "in early", "in mid", "in late", "for", "sometime in", "some time in", "during"}
	l.Thanks = []string{"thanks", "thank you", "many thanks"}
	l.Wishes = []string{"good luck", "best of luck", "enjoy", "have a great", "have a good", "have fun", "fingers crossed"}
	l.SkipAnswers = []string{"n/a", "na", "skip", "skipped", "pass", "tbd"}
	l.Postscripts = []string{"p.s.", "p.s:", "ps:", "ps", "pps", "p.p.s."}
	l.HTMLStubs = []string{"this is an html message", "this is a html message", "html-formatted", "html formatted",
		"this message is in html", "this email is in html", "this e-mail is in html", "requires html",
		"does not support html", "doesn't support html", "view this email in your browser",
		"view it in your browser", "html version", "html email", "multi-part message in mime format",
		"your email client does not", "your e-mail client does not", "enable html"}
	l.Profile = []string{"profile", "cv", "c.v.", "résumé", "resume", "portfolio"}
	l.PlanNouns = []string{"step", "steps", "actions", "plan", "action plan", "next steps"}
	l.Agreed = []string{"agreed", "discussed", "below", "came up with"}
	l.Deferrals = []string{"think about", "haven't got to", "haven't gotten to", "have not got to", "haven't had time", "bring them", "get back", "come back", "answer later", "answer them later", "later", "before we meet",
		"when we meet", "over the weekend", "at the weekend", "this weekend", "in the meeting", "in person", "not sure yet", "i'll leave", "i will leave", "i'd rather"}
	l.AnswerNouns = []string{"answer", "answers", "a few thoughts", "some thoughts", "quick thoughts", "a few notes", "some notes"}
	l.Inline = []string{"below", "inline", "in line", "between the lines", "between lines"}
	l.HereYouGo = []string{"here you go", "here are my thoughts", "here are some thoughts", "here they are", "here goes", "here it is", "as promised", "as requested"}
	l.Openers = []string{"ok", "so"}
	l.QuestionRefs = []string{"for", "regarding", "re", "as for", "as to", "as regards", "about", "on", "concerning", "with regard to",
		"with regards to", "in answer to"}
	l.Definite = []string{"the"}
	l.Sequencers = []string{"so", "and", "also", "then", "next", "finally", "first", "firstly", "second", "secondly", "third", "thirdly",
		"as agreed", "as discussed"}
	l.StepLeads = englishStepLeads()
	l.OtherLeads = []string{"you'll", "you’ll", "you will", "you're going to", "we'll", "we’ll", "we will", "we're going to"}
	l.NotSuffixes = []string{"n't"}
	l.Not = []string{"not", "no longer"}
	l.Yet = []string{"yet"}
	return l
}

// englishStepLeads are the English openings of a sentence that says what
// was agreed: "the plan is to", "i agreed to", "i'll (also)", and "we
// (have) agreed (that) (i'd (also) | to)" in every combination.
func englishStepLeads() []string {
	leads := []string{"the plan is to", "my plan is to", "our plan is to", "plan is to", "i agreed to",
		"i'll", "i’ll", "i will", "i'll also", "i’ll also", "i will also"}
	var tails = []string{"", " to"}
	for _, i := range []string{"i'd", "i’d", "i would", "i will", "i'll", "i’ll", "i should"} {
		tails = append(tails, " "+i, " "+i+" also")
	}
	for _, we := range []string{"we agreed", "we've agreed", "we have agreed"} {
		for _, that := range []string{"", " that"} {
			for _, tail := range tails {
				leads = append(leads, we+that+tail)
			}
		}
	}
	return leads
}

// englishDates are the English words of due dates.
func englishDates() DateWords {
	return DateWords{
		DayOf:     []string{"the"},
		EndsAfter: []string{"-end"},
		Leads:     []string{"in", "by", "before", "until", "till", "due", "due in"},
		Before:    []string{"before"},
		DayLeads:  []string{"due", "by", "until", "before"},
		MonthEnds: []string{"end", "end of", "the end of", "end of the month of", "the end of the month of"},
		MonthMids: []string{"mid", "mid-", "the middle of", "middle of"},
		Periods: endsOf([]string{"end of", "end of the", "the end of", "the end of the"},
			map[string]Period{"week": EndOfWeek, "next week": EndOfNextWeek, "month": EndOfMonth, "next month": EndOfNextMonth, "quarter": EndOfQuarter, "year": EndOfYear},
			map[string]Period{"this week": EndOfWeek, "the week": EndOfWeek, "next week": EndOfNextWeek, "this month": EndOfMonth, "the month": EndOfMonth,
				"next month": EndOfNextMonth, "tomorrow": Tomorrow, "eow": EndOfWeek, "eom": EndOfMonth, "eoq": EndOfQuarter, "eoy": EndOfYear}),
		Within:       []string{"in", "within", "in the next", "within the next", "over the next", "over"},
		WeekdayLeads: []string{"next", "this", "on", "cob", "eod", "close of business", "end of day", "end of the day", "cob on", "eod on", "close of business on", "end of day on", "end of the day on"},
		Next:         []string{"next"},
		WeekdayShort: []string{"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"},
		DaySuffixes:  []string{"st", "nd", "rd", "th"},
		Of:           []string{"of"},
		Clauses:      []string{"due", "due by", "due on", "due date", "deadline", "target", "by", "by the", "before", "before the", "until", "till", "no later than", "w/c", "week commencing", "the week commencing", "week of", "the week of"},
	}
}

// englishCommands are the English words of the commands a reply can give.
func englishCommands() map[string]string {
	return map[string]string{
		"stop": CmdStop, "stop emails": CmdStop, "stop the emails": CmdStop, "stop sending": CmdStop, "stop sending emails": CmdStop,
		"no more emails": CmdStop, "no more email": CmdStop, "no more e-mails": CmdStop, "unsubscribe": CmdStop,
		"pause": CmdPause, "pause until": CmdPause, "pause till": CmdPause, "pause to": CmdPause, "pause the check-ins until": CmdPause,
		"pause check-ins until": CmdPause, "snooze until": CmdPause,
		"skip": CmdSkip, "skip this": CmdSkip, "skip this one": CmdSkip, "skip it": CmdSkip, "skip this check-in": CmdSkip,
		"skip the next check-in": CmdSkip, "skip the next one": CmdSkip,
		"private": CmdPrivate, "private answer": CmdPrivate, "private answers": CmdPrivate, "keep private": CmdPrivate,
		"make private": CmdPrivate,
		"help":         CmdHelp, "help me": CmdHelp, "what can i reply": CmdHelp,
		"fewer emails": CmdFewer, "fewer": CmdFewer, "less email": CmdFewer, "less emails": CmdFewer, "fewer e-mails": CmdFewer,
		"only when something is blocked": CmdFewer, "only if something is blocked": CmdFewer, "only when blocked": CmdFewer,
		"only when a step is blocked": CmdFewer, "no reminders": CmdFewer, "no nudges": CmdFewer,
		"all emails": CmdAllEmails, "all emails again": CmdAllEmails, "more emails": CmdAllEmails, "every email": CmdAllEmails,
		"also me": CmdAlias, "this is also me": CmdAlias, "that's also me": CmdAlias, "also mine": CmdAlias, "my other address": CmdAlias,
	}
}
