package quote

import "testing"

func TestReadItem(t *testing.T) {
	tests := []struct {
		line   string
		kind   ItemKind
		n      int
		sep    bool
		labels LabelSet
		text   string
	}{
		{"1. Update the CV", ItemNumbered, 1, true, 0, "Update the CV"},
		{"2.- Me encanta", ItemNumbered, 2, true, 0, "Me encanta"},
		{"(3) three", ItemNumbered, 3, true, 0, "three"},
		{"4 - four", ItemNumbered, 4, true, 0, "four"},
		{"1️⃣ Salary band", ItemNumbered, 1, true, 0, "Salary band"},
		{"③ third", ItemNumbered, 3, true, 0, "third"},
		{"Ⅲ blocked", ItemNumbered, 3, true, 0, "blocked"},
		{"⑵ second", ItemNumbered, 2, true, 0, "second"},
		{"１．希望", ItemNumbered, 1, true, 0, "希望"},
		{"Q1：今後", ItemNumbered, 1, true, LabelQuestion, "今後"},
		{"#1 Atualizar o CV", ItemNumbered, 1, false, LabelHash, "Atualizar o CV"},
		{"Step 2: in progress", ItemNumbered, 2, true, LabelStep, "in progress"},
		{"Paso 1.- hecho", ItemNumbered, 1, true, LabelStep, "hecho"},
		{"**3.** bold", ItemNumbered, 3, true, 0, "bold"},
		{"1 done", ItemNumbered, 1, false, 0, "done"},
		{"- 2: done", ItemNumbered, 2, true, 0, "done"},
		{"a) update linkedin", ItemLettered, 1, true, 0, "update linkedin"},
		{"ii. second", ItemLettered, 2, true, 0, "second"},
		{"- dash", ItemBullet, 0, false, 0, "dash"},
		{"🔹 Get the CKA", ItemBullet, 0, false, 0, "Get the CKA"},
		{"→ arrow", ItemBullet, 0, false, 0, "arrow"},
		{"・AWS認定資格", ItemBullet, 0, false, 0, "AWS認定資格"},
		{"- [ ] box", ItemBullet, 0, false, 0, "box"},
		{"✅ 1 done", ItemSymbol, 0, false, 0, "1 done"},
		// No items.
		{"3.5 days", ItemNone, 0, false, 0, ""},
		{"3:30 works", ItemNone, 0, false, 0, ""},
		{"1-on-1 with Sam", ItemNone, 0, false, 0, ""},
		{"3rd time", ItemNone, 0, false, 0, ""},
		{"2027 plans", ItemNone, 0, false, 0, ""},
		{"1/2 done", ItemNone, 0, false, 0, ""},
		{"-- ", ItemNone, 0, false, 0, ""},
		{"-foo", ItemNone, 0, false, 0, ""},
		{"I think so", ItemNone, 0, false, 0, ""},
		{"A. Smith", ItemNone, 0, false, 0, ""},
		{"e.g. this", ItemNone, 0, false, 0, ""},
		{"> quoted", ItemNone, 0, false, 0, ""},
		{"(see below)", ItemNone, 0, false, 0, ""},
		{"Hello Sam", ItemNone, 0, false, 0, ""},
		{"~ Jo", ItemNone, 0, false, 0, ""},
		{"© 2027 ACME Ltd", ItemNone, 0, false, 0, ""},
		{"€500 approved", ItemNone, 0, false, 0, ""},
	}
	for _, tt := range tests {
		it := ReadItem(tt.line)
		text := ""
		if it.Kind != ItemNone {
			text = tt.line[it.Start:]
		}
		if it.Kind != tt.kind || it.N != tt.n || it.Sep != tt.sep || it.Labels != tt.labels || text != tt.text {
			t.Errorf("ReadItem(%q) = kind %d n %d sep %v labels %d text %q; want kind %d n %d sep %v labels %d text %q",
				tt.line, it.Kind, it.N, it.Sep, it.Labels, text, tt.kind, tt.n, tt.sep, tt.labels, tt.text)
		}
	}
}

func TestLoneBullet(t *testing.T) {
	it := ReadItem("👍 Here are the steps")
	if !LoneBullet(it, "Hi Sam,", "") {
		t.Error("a lone emoji line is a list item")
	}
	if LoneBullet(ReadItem("🔹 one"), "", "🔹 two") || LoneBullet(ReadItem("- one"), "", "") {
		t.Error("an emoji bullet next to the same, or a dash alone, is no list item")
	}
}
