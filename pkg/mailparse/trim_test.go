package mailparse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careerconv/careerconv/pkg/mime"
	"github.com/careerconv/careerconv/pkg/quote"
)

func TestTrim(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		// Attributions, in English and other languages.
		{"gmail", "Yes, Tuesday works.\n\nOn Mon, 3 Mar 2025 at 09:12, Careerconv <reply+abc@careerconv.example> wrote:\n> Can you make Tuesday?\n", "Yes, Tuesday works."},
		{"gmail wrapped over two lines", "Fine.\n\nOn Mon, 3 Mar 2025 at 09:12, Careerconv Assistant <\nreply+abc@careerconv.example> wrote:\n\n> Can you make Tuesday?\n", "Fine."},
		{"apple mail", "Sounds good\n\n> On 3 Mar 2025, at 09:12, Ann <ann@example.com> wrote:\n> \n> Hi\n", "Sounds good"},
		{"outlook ios", "Agreed.\n\nGet Outlook for iOS\n________________________________\nFrom: Ann <ann@example.com>\nSent: Monday, March 3, 2025 9:12:00 AM\nTo: Bob <bob@example.com>\nSubject: Plan\n\nHi Bob\n", "Agreed."},
		{"french", "C'est noté.\n\nLe lun. 3 mars 2025 à 09:12, Ann <ann@example.com> a écrit :\n> Bonjour\n", "C'est noté."},
		{"german", "Passt.\n\nAm Mo., 3. März 2025 um 09:12 Uhr schrieb Ann <ann@example.com>:\n> Hallo\n", "Passt."},
		{"german name first", "Passt.\n\nAnn <ann@example.com> schrieb am Mo., 3. März 2025, 09:12:\n> Hallo\n", "Passt."},
		{"spanish", "De acuerdo.\n\nEl lun, 3 mar 2025 a las 9:12, Ann (<ann@example.com>) escribió:\n> Hola\n", "De acuerdo."},
		{"italian", "Va bene.\n\nIl giorno lun 3 mar 2025 alle ore 09:12 Ann <ann@example.com> ha scritto:\n> Ciao\n", "Va bene."},
		{"dutch", "Prima.\n\nOp ma 3 mrt 2025 om 09:12 schreef Ann <ann@example.com>:\n> Hoi\n", "Prima."},
		{"portuguese", "Combinado.\n\nEm seg., 3 de mar. de 2025 às 09:12, Ann <ann@example.com> escreveu:\n> Olá\n", "Combinado."},
		{"polish", "Dobrze.\n\nW dniu 3.03.2025 o 09:12, Ann <ann@example.com> pisze:\n> Cześć\n", "Dobrze."},
		{"swedish", "Okej.\n\nDen 3 mars 2025 kl. 09:12 skrev Ann <ann@example.com>:\n> Hej\n", "Okej."},
		{"danish norwegian", "Fint.\n\nDen man. 3. mar. 2025 kl. 09.12 skrev Ann <ann@example.com>:\n> Hei\n", "Fint."},
		{"russian", "Хорошо.\n\n3 мар. 2025 г., в 09:12, Ann <ann@example.com> написал(а):\n> Привет\n", "Хорошо."},
		{"japanese", "了解です。\n\n2025年3月3日(月) 9:12 Ann <ann@example.com>:\n> こんにちは\n", "了解です。"},
		{"chinese", "好的。\n\n在 2025年3月3日 09:12，Ann <ann@example.com> 写道：\n> 你好\n", "好的。"},
		{"zoho", "Fine.\n\n---- On Mon, 03 Mar 2025 09:12:00 +0100 Ann <ann@example.com> wrote ----\n\nHi\n", "Fine."},

		// Outlook header blocks, with and without bold, in many languages.
		{"outlook english", "Done.\n\nFrom: Ann <ann@example.com>\nSent: Monday, March 3, 2025 9:12 AM\nTo: Bob <bob@example.com>\nSubject: RE: Plan\n\nHi Bob\n", "Done."},
		{"outlook bold", "Done.\n\n*From:* Ann <ann@example.com>\n*Sent:* Monday, March 3, 2025 9:12 AM\n*To:* Bob\n*Subject:* Plan\n\nHi\n", "Done."},
		{"outlook german", "Erledigt.\n\nVon: Ann <ann@example.com>\nGesendet: Montag, 3. März 2025 09:12\nAn: Bob <bob@example.com>\nBetreff: Plan\n\nHallo\n", "Erledigt."},
		{"outlook french", "Fait.\n\nDe : Ann <ann@example.com>\nEnvoyé : lundi 3 mars 2025 09:12\nÀ : Bob <bob@example.com>\nObjet : Plan\n\nBonjour\n", "Fait."},
		{"outlook spanish", "Hecho.\n\nDe: Ann <ann@example.com>\nEnviado: lunes, 3 de marzo de 2025 9:12\nPara: Bob <bob@example.com>\nAsunto: Plan\n\nHola\n", "Hecho."},
		{"outlook italian", "Fatto.\n\nDa: Ann <ann@example.com>\nInviato: lunedì 3 marzo 2025 09:12\nA: Bob <bob@example.com>\nOggetto: Plan\n\nCiao\n", "Fatto."},
		{"outlook dutch", "Klaar.\n\nVan: Ann <ann@example.com>\nVerzonden: maandag 3 maart 2025 09:12\nAan: Bob <bob@example.com>\nOnderwerp: Plan\n\nHoi\n", "Klaar."},
		{"original message", "Yes.\n\n-----Original Message-----\nFrom: Ann\nSent: Monday\nTo: Bob\nSubject: Plan\n\nHi\n", "Yes."},
		{"original message german", "Ja.\n\n-----Ursprüngliche Nachricht-----\nVon: Ann\nGesendet: Montag\nAn: Bob\nBetreff: Plan\n\nHallo\n", "Ja."},
		{"underscores", "Yes.\n\n________________________________\nHi Bob, old text\n", "Yes."},
		{"forwarded", "See below.\n\n---------- Forwarded message ---------\nFrom: Ann <ann@example.com>\nDate: Mon, 3 Mar 2025\nSubject: Plan\nTo: Bob\n\nHi\n", "See below."},

		// Signatures and boilerplate.
		{"signature separator", "Thanks for this.\n\n-- \nBob Smith\nEngineer\n", "Thanks for this."},
		{"iphone", "OK\n\nSent from my iPhone", "OK"},
		{"iphone french", "OK\n\nEnvoyé de mon iPhone", "OK"},
		{"iphone german", "OK\n\nVon meinem iPhone gesendet", "OK"},
		{"iphone spanish", "OK\n\nEnviado desde mi iPhone", "OK"},
		{"iphone italian", "OK\n\nInviato da iPhone", "OK"},
		{"iphone dutch", "OK\n\nVerzonden vanaf mijn iPhone", "OK"},
		{"android", "OK\n\nSent from my Android device", "OK"},
		{"samsung", "OK\n\nSent from my Samsung Galaxy smartphone.", "OK"},
		{"outlook ios boilerplate", "OK\n\nGet Outlook for iOS", "OK"},
		{"outlook android boilerplate", "OK\n\nGet Outlook for Android<https://aka.ms/ghei36>", "OK"},
		{"disclaimer", "See you then.\n\nCONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, please delete this message.\n", "See you then."},
		{"valediction kept", "Hi. I am fine.\n\nThanks,\nAlex\n\nOn Thu, Jun 26, 2014 at 2:14 PM, Sasha <s@example.com> wrote:\n> Hello\n", "Hi. I am fine.\n\nThanks,\nAlex"},

		// Traps that must stay intact.
		{"on monday i wrote mid-paragraph", "About my goals:\nOn Monday I wrote:\nthe plan needs a mentor.\nThat still holds.", "About my goals:\nOn Monday I wrote:\nthe plan needs a mentor.\nThat still holds."},
		{"on date i wrote mid-paragraph", "As discussed\nOn 3 March I wrote:\nmore training.\nStill true.", "As discussed\nOn 3 March I wrote:\nmore training.\nStill true."},
		{"from line alone", "1. More ownership.\nFrom: my manager I'd like more feedback.\n2. A course.", "1. More ownership.\nFrom: my manager I'd like more feedback.\n2. A course."},
		{"from and to lines", "From: the design team\nTo: the platform team\nThat is the move I want.", "From: the design team\nTo: the platform team\nThat is the move I want."},
		{"dashes inside text", "Goal -- lead the migration -- by June.\nNext -- mentoring.", "Goal -- lead the migration -- by June.\nNext -- mentoring."},
		{"url with wrote", "See https://example.com/what-i-wrote: for details.\nThanks", "See https://example.com/what-i-wrote: for details.\nThanks"},
		{"sent from my desk", "Sent from my desk at the office: all good.\n\nSent from my desk", "Sent from my desk at the office: all good.\n\nSent from my desk"},
		{"answer a lines", "Q1\nA: more ownership\nA: a course\nA: mentoring", "Q1\nA: more ownership\nA: a course\nA: mentoring"},
		{"date line in steps", "1. Finish the course\nDate: 2025-06-01\n2. Shadow Ann", "1. Finish the course\nDate: 2025-06-01\n2. Shadow Ann"},
		{"markdown rule between answers", "1. Ownership\n---\n2. A course\n---\n3. Mentoring", "1. Ownership\n---\n2. A course\n---\n3. Mentoring"},
		{"from my point of view", "From my point of view the plan is fine.", "From my point of view the plan is fine."},

		// Quoting.
		{"only quote", "> just a quote", "> just a quote"},
		{"deep quote history only", "> On Mon, 3 Mar 2025, Ann <a@b.c> wrote:\n>> old\n", ""},
		{"bottom posted", "On Mon, 3 Mar 2025 at 09:12, Ann <ann@example.com> wrote:\n> What do you enjoy?\n\nMentoring.", "Mentoring."},
		{"inline answers keep questions", "On Mon, 3 Mar 2025 at 09:12, Careerconv <r@c.example> wrote:\n> 1. What do you enjoy?\nMentoring.\n> 2. Where next?\nTeam lead.\n>\n> Thanks\n", "> 1. What do you enjoy?\nMentoring.\n> 2. Where next?\nTeam lead."},
		{"greeting then answers below the quote", "Hi,\n\nOn Mon, 3 Mar 2025 at 09:12, Careerconv <r@c.example> wrote:\n> How are your steps going?\n\n1 done\n2 blocked: budget", "Hi,\n\n> How are your steps going?\n\n1 done\n2 blocked: budget"},
		{"signature below the quote", "Sure.\n\nOn Mon, 3 Mar 2025 at 09:12, Ann <ann@example.com> wrote:\n> Can you?\n\nBob Smith\nACME", "Sure."},
		{"crlf", "Yes\r\n\r\nOn Mon, 3 Mar 2025 at 09:12, Ann <a@b.c> wrote:\r\n> Hi\r\n", "Yes"},
		{"empty", "", ""},
		{"blank", " \n\t\n", ""},
		{"code fence kept", "Here:\n```\n--\n> not a quote\n```\nDone.", "Here:\n```\n--\n> not a quote\n```\nDone."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quote.Trim(tt.in); got != tt.want {
				t.Errorf("quote.Trim(%q)\n got: %q\nwant: %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestTrimFiles runs the .eml cases in testdata/trim: each X.eml goes through
// Parse and Trim and must give X.want.
func TestTrimFiles(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("testdata", "trim", "*.eml"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no cases in testdata/trim")
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".eml")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(p, ".eml") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			m, err := mime.Parse(raw)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := quote.Trim(m.Text); got != strings.TrimSpace(string(want)) {
				t.Errorf("got:\n%s\n--- want:\n%s\n--- text was:\n%s", got, want, m.Text)
			}
		})
	}
}

func TestTrimLinearOnHostileInput(t *testing.T) {
	// Not a timing test: only that hostile shapes come back sane.
	for name, text := range adversarialTexts() {
		t.Run(name, func(t *testing.T) {
			got := quote.Trim(text)
			// Invalid bytes become U+FFFD, three bytes each.
			if len(got) > 3*len(text) {
				t.Errorf("output longer than thrice the input: %d > 3*%d", len(got), len(text))
			}
		})
	}
}
