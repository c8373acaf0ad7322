// Package quote tells what a reply newly says from the history it quotes.
//
// Classify gives each line of a plain-text body its kind, once: text,
// blank, "> " quote, attribution ("On … wrote:" and its forms in the
// languages of pkg/lexicon), separator ("-----Original Message-----"),
// mail header block (From/Sent/To/Subject and translations, three lines or
// more), signature delimiter ("-- ", Outlook's underscores), device
// signature ("Sent from my iPhone"). Trim cuts the history with rules over
// those kinds (see Trim), written as scans over a byte per line. A Doc
// holds a text with its lines classified, so that a reader that looks at
// the kinds itself and then trims (pkg/mailparse) classifies once.
//
// ReadItem reads the start of a list item, the one grammar of numbered,
// lettered and bulleted lines (see item.go) that HasNumberedLine and the
// reply readers of pkg/extract share.
//
// There are no regular expressions here: every line is classified with
// string functions and small tables, and the rules are linear scans, so
// Trim runs in time linear in its input whatever the input. The word lists
// come from pkg/lexicon and the tables built from them are built on first
// use (sync.OnceValue): nothing is built at package initialisation.
package quote
