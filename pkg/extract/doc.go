// Package extract reads what a reply says, from its body classified by
// pkg/quote (quote.Doc) and what Doc.Trim kept: the answers to the prep
// questions (Answers), the agreed steps with their due dates (Steps), the
// progress on each step (Progress) and commands (ReadCommands). The *Of
// functions (AnswersOf, StepsOf, ProgressOf) do the same from plain text.
// pkg/mailparse runs them as the last stage of the reply reader.
//
// What the extractors know, in every language of pkg/lexicon:
//
//   - a reply re-sent as a forward with only a covering note is read through
//     to the forwarded text (Forwarded), when the forwarded message is the
//     sender's: their address, or their own name at another address (a
//     reply written at home and forwarded from work); a third party's
//     message is never read as the sender's;
//   - a protective marking or sensitivity label that a mail system stamps
//     on the first or last line ("OFFICIAL", "OFFICIAL-SENSITIVE",
//     "Classification: Internal", "Intern", "Uso interno") is no part of
//     the reply (dropMarkings); a greeting may end with a phatic question
//     ("Oi Sam, tudo bem?", "Hi Sam, how are you?");
//   - a terse reply numbered without terminators, one answer a line ("1
//     want to talk about …", "2 my crew …"), is read as numbered answers
//     when two or more lines in a row open with increasing question
//     numbers and nothing else is numbered (bareList); a sentence that
//     starts with a number stays a sentence;
//   - a weekday is a step's due date only when a lead introduces it ("by
//     Friday", "next Monday", "bis Freitag") or it ends the step ("Send
//     the CV Friday"): "join his Thursday clinic" has none; a report on
//     every step ("All done as of today 🎉") gives no step a note;
//   - signatures are found by their features (dropSignature): a sign-off in
//     any language of the lexicon (or several joined by "and", "&", a
//     slash or "、": "Thank you and best regards", "Thanks & Regards", "以上、よろしくお願いします"; above a
//     signature, one followed by where it is sent from: "Beste Grüße aus
//     Köln"), then only short lines (name, title, company, address), lines
//     with a phone number, URL or a postal address, one short line of
//     the company's own under them ("Our values: fair, open,
//     accountable."), and legal notices, with or
//     without "-- "; without a sign-off, a paragraph that opens with a name
//     (in any script) and holds a contact detail. A numbered or bulleted
//     line is never a signature line, and a sign-off over a line that cannot
//     open a signature ("1 done") closes nothing. A closing that is only the
//     sender's name, alone or after a dash ("- Jonas"), goes too, and so
//     does a short closing that opens with a sign-off above the name ("see
//     you thurs ✌️");
//   - a greeting is a greeting word of the lexicon next to a name, in
//     either order ("Hi Sam,", "Sam 你好，", "サムさん、お疲れ様です。");
//   - steps written as prose are split into sentences and clauses; when a
//     sentence lists what was agreed ("To summarise, we agreed that I
//     would: a; b; and c."), only its items are steps and the sentences
//     around them are courtesy. The writer's lead ("I'll", "We agreed I'd")
//     goes from the steps when they are all the writer's ("I'll X, Y and
//     Z", "I'll X, and I'll Y"); when a clause is another's ("you'll Y":
//     the lexicon's OtherLeads), every clause keeps its subject (owners),
//     as a list item keeps its owner ("Alex to …");
//   - a wrap-up reply that only acknowledges the plan ("Thanks, looks
//     good!") or only promises the steps for later (a promise and a word
//     for when: "will send the list tomorrow!") gives no steps; nor does a
//     sentence that only looks ahead to hearing how the steps go ("Let's
//     see how it's going at the first check-in", "On fera le point au
//     premier check-in": the lexicon's LookAhead), alone or after thanks;
//   - a note loses the sentences that open it and only thank or say which
//     questions are answered ("Thank you for these. I have answered the
//     ones I have a view on. The others in person." keeps the last);
//   - unnumbered paragraphs announced as answers in the order of the
//     questions are filed in order; the announcing sentence goes, any
//     other sentence of its paragraph stays a note;
//   - a line break is the sender's unless the text is hard-wrapped: the
//     wrap width is inferred from the body's own lines (wrapWidth: the
//     longest line, when it is 60 to 80 characters), and a break is a soft
//     wrap only when the line before runs close to that width and the next
//     word would not have fit (softWrap). Text rendered from HTML (<br>,
//     <div>) and format=flowed text (already unwrapped by Parse) have no
//     soft wraps, so short lines are never joined into one step;
//   - a check-in that gives a legend for its status symbols ("✅ done, 🟡
//     in progress, ❌ not started") is read by that legend (statusLegend);
//   - a check-in names its steps by number, by rank or by their words; the
//     words come from the step texts given, else the steps the reply
//     quotes, else those of an original Outlook quotes without "> ",
//     less the common words of every language and numbers, in digits or
//     words ("Book two sessions": "two" names no step). A rank with a count
//     names steps only when nothing, a status, a step noun or a verb
//     follows it ("the first two are done", not "the last two practice
//     exams"); "haven't booked the sessions yet" is a status up to its
//     "yet", and a note is what follows. A
//     label that names a step before a colon ("Maria shadowing: in
//     progress, the second shift is on 4 March") holds the line: ranks
//     and numbers after it are the note's. After an except word a number
//     names the steps left out, after an article too ("Tout est fait sauf
//     le 4, qui est toujours bloqué : pas de budget"; a relative clause
//     restates the step, its note is what follows the status), and an
//     "all" word that is a status in another language ("Todo hecho") is
//     no status before one. A note continues on the next
//     line unless that line is a list item of its own; a tag of initials
//     opening an inline update ("[LF] Done.") is the writer's mark, not
//     the note's (initialsTag); a sentence saying the rest is unchanged
//     ("Everything else as before.") is never part of a note;
//   - answers (Answers), steps (Steps, tables included) and
//     progress (Progress) are read line by line by small
//     collector types; what could not be placed is returned for
//     mailparse.Reply.Unplaced.
//     Paragraphs and lines carry structure: a paragraph that puts questions
//     off after an answer is a note, even under a quoted question; a line
//     continues a step only across a soft wrap (above) or indented under it,
//     and a line that is only a due date dates the step above; in a
//     check-in, a clause of several sentences is read in the sentence of its
//     status, a sentence that says the same status again is the note of the
//     step its line named, and a percentage that stands for the status is
//     no part of the note, nor is a last clause that says the status again
//     ("60% through, still going"). A status after a negation ("no longer
//     blocked", "not dropped") is not that status (negatedBefore); a word
//     of a status phrase names no step; in a script written without spaces
//     a status opens a run of letters ("対応中です", unspacedStatus).
//
// The three readers know a list item by one grammar, quote.ReadItem: an
// optional bullet, then labels of the lexicon ("Q", "Frage", "Pregunta",
// "Answer", "Re", "Step", "Schritt", "Paso", "Nr.", "Nº", "#"), an
// enumerator (one or two digits, ASCII or full-width, a keycap "1️⃣", a
// circled digit "①") and a terminator (". ) : - .- – — / -> →" before a
// space, "： ． ） 、" before anything); or a letter a–h or roman i–viii
// with "." or ")"; or a bullet, any run of symbols, punctuation or emoji
// before a space ("-", "•", "・", "→", "🔹", "👉", "- [ ]"); or a status
// symbol of the lexicon ("✅", "❌", "[x]"), which the check-in reader
// reads as a status. It yields the kind, the number and where the text
// starts; each reader decides what it takes: answers a number with a
// terminator or a "Q"/"#" label and no step label, steps any item but a
// question label (a letter under a numbered step is a sub-item), check-ins
// a number, bare ("1 done") or not, without a question label. An emoji
// opens an item only next to a line opening with the same one ("👍 Here
// are the steps" alone is a sentence). An item line is never joined to the
// line above as a wrapped one.
//
// Language words come from pkg/lexicon, one file per language: greetings,
// sign-offs, honorifics, automatic-reply wording, step statuses, months,
// weekdays, number words, the "and" of a series, table headers, list intros
// and outros, acknowledgements, look-ahead phrases, promises, announcements of which questions
// are answered, notice words, start words, the header
// names, separators and attribution words of quoted mail, the word sets of
// the check-in reader (step words, ordinals, "all", "except", fillers,
// reasons, the words that say nothing changed: a clause holding them
// records nothing, whatever other status word it has), the labels of
// answer markers ("Q", "Frage", "Antwort"), status symbols, device names,
// the stopwords of question matching, the words of due dates
// (lexicon.DateWords: leads, clauses, month ends, periods, durations,
// weekday leads and abbreviations, day suffixes), thanks, empty answers,
// postscripts, the stubs of an HTML-only message, the questions a deferral
// names ("the rest", "questions 5-7", "den Rest"), the joiners of steps
// written in one sentence ("and then", "und dann"), and in pkg/quote the
// device lines ("from my", "from mobile", "von meinem") and "you wrote".
//
// A string literal here holds no word of a language, with no exception: a
// test of pkg/lexicon (TestReaderWordsInLexicon) parses every package of
// the reader (pkg/mailparse and the packages of the module it imports,
// found from its imports, pkg/lexicon and what it imports aside) and fails
// on one, technical tokens (header fields, MIME types, URL schemes, class
// names) and messages for people aside. Its neighbours fail on a function
// of the reader over 80 lines (TestReaderFunctionLength) and on a regexp
// of the reader that the list below does not name
// (TestReaderRegexpsDocumented).
//
// Regular expressions: MIME, HTML, quote.Trim, list items,
// signatures and the check-in reader scan lines with string functions and
// byte checks only. The check-in reader finds a line's statuses in one
// pass over its words (findStatus: a filter on each word's first two bytes
// and length, then the phrases that start with the word, each split into
// its words with its status), reads the line's list item once for the line
// and its clauses (lineItem), and looks for a step named by its rank or
// words only on a clause that gives a status. Regexps are used where a phrase has many shapes in
// several languages and is matched on little text, and never on every line
// without a cheap test first:
//
//   - a numeric date that reads both ways (03/04) is read in the sender's
//     order when another date of the same steps can be read only one way
//     ("by 28/02" makes "04/05" 4 May; senderOrder), and is not guessed
//     otherwise;
//   - due dates (dates.go: dateRes; "end of March", "mid-March" after a
//     lead, "31-Mar-2027", "Feb-end", "by the 20th", "26.2. mennessä"),
//     on the last 256 bytes of a step, each
//     pattern only when the words it needs stand in the text (dateWords, a
//     substring test over the lexicon's months, units, weekdays and the
//     longest word of each period, month-end and mid-month phrase, behind a
//     filter of the text's byte pairs; a month, unit, weekday or period
//     word counts only whole, and a month only after a due lead's last word
//     for "by March" or before a day for "March 31": most month patterns
//     never run). The patterns are
//     built from the lexicon's lists (alternation: quoted, longest first,
//     any run of spaces between words); only digits, spaces and
//     punctuation are written in dates.go. In scripts written without
//     spaces (Han, kana) or with particles written onto the word (Hangul)
//     a letter bounds a date as a space does, and a language may write the
//     end of a month and the lead after the date ("（3月末まで）",
//     "3월 15일까지": the lexicon's EndsAfter and After). The clause before a
//     trailing date ("due by", "bis zum", "(deadline:", "（期限：") is found by a scan
//     of the lexicon's clauses (leadStart), not a regexp. A value alone
//     after the dash that ends a step, as a table's due column is written
//     ("– Q1", "– 15-3", "– 19.2"), is a date without a lead (dashValue);
//   - introductions of answers ("My answers are below", notesIntro) and of
//     steps (stepsIntro, thanksLine), on a line already taken for a note or
//     a step, built from the lexicon's AnswerNouns, Inline, HereYouGo,
//     PlanNouns, Agreed and Thanks; notesIntro and thanksLine are literalREs
//     (see deferrals);
//   - worded question references ("For the second question", wordedQuestion),
//     only on lines whose first 48 bytes name a question, built from the
//     lexicon's QuestionRefs, Definite, QuestionLabels, Ordinals and numbers;
//     also after a clause of the first line of a paragraph above every
//     answer ("Hi Sam, a couple of answers inline, and for question 1: …",
//     wordedClause), where the introduction runs into the first answer;
//   - deferrals ("I'll think about 5-7 before we meet", deferralSay from
//     lexicon.Deferrals), on short lines that open a paragraph, and the
//     questions they put off, in words (deferralRef: "the rest", "den
//     Rest", "the last two") or by number (deferralNumbers: "5-7", "5 bis
//     7", "Fragen 5", only on a line with a digit); deferralSay and
//     deferralRef are literalREs, which run the regexp only on lines
//     holding one of the literals every match has (read from the
//     expression's syntax);
//   - steps written as prose: the opening that says what was agreed
//     (agreedLead, from the lexicon's Sequencers and StepLeads: "So we
//     agreed that I'd"), only on a sentence of a wrap-up reply that has no
//     list; the joiners between the steps of that sentence (", and then",
//     "; dann") are found by a scan of the lexicon's And and Then
//     (splitStepClauses), not a regexp;
//   - empty answers ("n/a", skipAnswer, from lexicon.SkipAnswers) and a
//     table's rule (tableSeparator);
//   - the numbers of a command, on a short line already read as one:
//     a day written with a dot ("pause bis 10. März", dayDotRE) and a list
//     of answer numbers ("private 4, 6", numbersRE, digitsRE), digits and
//     punctuation only.
//
// All of them, and every word table and index, are built on first use
// (sync.OnceValue): nothing is compiled at package initialisation.
//
// Everything here runs in time linear in its input: every scan is bounded
// by the line or the text it reads, and the reader reads at most
// mailparse.MaxReadBytes of a body.
package extract
