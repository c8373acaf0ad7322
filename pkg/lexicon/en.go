package lexicon

func english() Language {
	return Language{
		Code:       "en",
		Greetings:  []string{"hi", "hello", "hey", "dear", "good morning", "good afternoon", "morning"},
		Addressees: []string{"all", "both", "everyone", "team", "there", "folks", "guys", "you two", "all of you"},
		SignOffs: []string{"thanks", "thank you", "many thanks", "thanks again", "thx", "cheers", "best", "best regards", "best wishes",
			"kind regards", "regards", "warm regards", "warmly", "all the best", "speak soon", "talk soon", "see you soon",
			"see you", "looking forward", "sincerely", "yours", "with thanks", "many thanks and best regards", "thanks and regards",
			"kindest regards", "warmest regards", "yours sincerely", "yours faithfully", "respectfully", "take care"},
		AutoReplySubjects: []string{"automatic reply", "auto reply", "auto-reply", "autoreply", "out of office", "out of the office", "ooo:", "away from the office"},
		AutoReplyBodies: []string{"out of office", "out of the office", "i am currently out of", "i'm currently out of", "i am on annual leave", "i'm on annual leave", "i am on leave", "i'm on leave", "i am on holiday", "i'm on holiday", "i am on vacation",
			"i'm on vacation", "with limited access to email", "with limited access to e-mail", "this is an automatic reply", "this is an automated reply"},
		InOrder: []string{"in the order of the questions", "in order of the questions", "in the same order as the questions",
			"in the same order", "in question order", "in order:", "in order below", "one per question"},
		ActionHeaders: []string{"action", "actions", "step", "steps", "task", "tasks", "what", "next step", "next steps", "action item", "action items", "item", "goal"},
		DueHeaders:    []string{"due", "due date", "deadline", "by", "by when", "when", "date", "target date", "target"},
		StatusHeaders: []string{"status", "progress", "state"},
		NoteHeaders:   []string{"comment", "comments", "note", "notes", "details", "remarks"},
		ListFrames: []string{"here's what we agreed", "here is what we agreed", "here are the steps", "here are my steps", "as discussed",
			"as agreed", "agreed in the meeting", "we agreed", "steps we agreed", "let me know if i've missed", "let me know if i have missed",
			"let me know if i missed", "let me know if anything is missing", "let me know if that's not right", "shout if i've missed",
			"let me know if i forgot", "thanks for the chat", "thanks for the conversation", "thanks for the meeting", "thanks for your time",
			"one per line", "did i miss anything", "anything i missed"},
		Acknowledgements: []string{"looks good", "look good", "sounds good", "all good", "perfect", "great", "thanks", "thank you", "got it",
			"noted", "ok", "okay", "agreed", "lgtm", "confirmed", "that's right", "all correct", "correct"},
		NoChange: []string{"no change", "no changes", "nothing new", "no update", "no updates", "nothing to report", "same as last time", "no progress"},
		Disclaimer: []string{"confidential", "intended recipient", "privileged", "disclaimer", "unauthorized", "unauthorised",
			"prohibited", "if you have received this", "if you are not the", "delete this message", "delete this e-mail",
			"delete this email", "received this in error", "received this message in error"},
	}
}
