package questions

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDefault(t *testing.T) {
	b := Default()
	if got := len(b.Questions()); got != 8 {
		t.Fatalf("questions = %d, want 8", got)
	}
	if s, _ := b.Stage(StepsQuestion); !strings.Contains(s.Question, "three months") {
		t.Errorf("question 8 = %q, want the three-month steps", s.Question)
	}
	if _, ok := b.Stage(9); ok {
		t.Error("Stage(9) exists")
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	good := strings.Replace(string(embedded), `"priorities": []`, `"priorities": ["Grow the platform team"]`, 1)
	tests := []struct {
		name, body, wantErr string
	}{
		{"override", good, ""},
		{"seven stages", `{"stages":[{"number":1,"title":"t","question":"q","guidance":"g"}]}`, "want 8 stages"},
		{"unknown field", `{"stagez":[]}`, "unknown field"},
		{"not json", `stages:`, "decode"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name+".json")
			if err := os.WriteFile(path, []byte(tt.body), 0o600); err != nil {
				t.Fatal(err)
			}
			b, err := Load(path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := b.Resources.Priorities; len(got) != 1 || got[0] != "Grow the platform team" {
				t.Errorf("priorities = %q", got)
			}
		})
	}
	if _, err := Load(filepath.Join(dir, "missing.json")); err == nil {
		t.Error("Load(missing) succeeded")
	}
}

func TestShortTip(t *testing.T) {
	tests := []struct {
		name string
		s    Stage
		want string
	}{
		{"tip", Stage{Tip: " Be brief. ", Guidance: "Long. Longer."}, "Be brief."},
		{"first sentence of guidance", Stage{Guidance: "Listen first. Then talk."}, "Listen first."},
		{"one sentence", Stage{Guidance: "Listen."}, "Listen."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.s.ShortTip(); got != tt.want {
				t.Errorf("ShortTip() = %q, want %q", got, tt.want)
			}
		})
	}
	for _, s := range Default().Stages {
		if s.Tip == "" || len(s.Tip) > 60 {
			t.Errorf("stage %d tip %q: want one short line of at most 60 characters", s.Number, s.Tip)
		}
	}
}
