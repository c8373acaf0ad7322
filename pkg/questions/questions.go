// Package questions is the question bank: the eight stages of a career conversation,
// the question the employee is asked for each, and the guidance the manager gets.
//
// The bank is embedded (bank.json) and can be replaced by an organisation's own file
// with Load, to change wording or add resources (strategy priorities, learning
// resources, people to talk to) that appear in the manager's pre-read.
package questions

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

//go:embed bank.json
var embedded []byte

// StepsQuestion is the number of the question about three-month steps.
const StepsQuestion = 8

// Stage is one stage of the conversation.
type Stage struct {
	Number int    `json:"number"`
	Title  string `json:"title"`
	// Question is what the employee is asked to think about before the meeting, in
	// the manager's voice (emails from the product attribute it to the manager).
	Question string `json:"question"`
	// Tip is the manager's guidance for the stage in one line, for the pre-read;
	// empty means the first sentence of Guidance.
	Tip string `json:"tip,omitempty"`
	// Guidance is the manager's tip for the stage.
	Guidance string `json:"guidance"`
	// Prepare is what the manager should prepare for the stage.
	Prepare string `json:"prepare"`
}

// Person is someone an employee could be pointed to.
type Person struct {
	Name  string `json:"name"`
	Topic string `json:"topic"`
	Email string `json:"email,omitempty"`
}

// Resources are the organisation's own material for the pre-read.
type Resources struct {
	Priorities []string `json:"priorities"`
	Learning   []string `json:"learning"`
	People     []Person `json:"people"`
}

// Bank is the question bank.
type Bank struct {
	Stages []Stage `json:"stages"`
	// OpeningQuestion is suggested to the manager to open the meeting.
	OpeningQuestion string    `json:"openingQuestion"`
	Resources       Resources `json:"resources"`
}

// Default returns the embedded bank.
func Default() *Bank {
	b, err := Parse(embedded)
	if err != nil {
		panic("questions: embedded bank is invalid: " + err.Error()) // a build-time fact, tested
	}
	return b
}

// Load reads a bank from a file; an empty path returns the embedded bank.
func Load(path string) (*Bank, error) {
	if path == "" {
		return Default(), nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read question bank: %w", err)
	}
	b, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("question bank %s: %w", path, err)
	}
	return b, nil
}

// Parse decodes and validates a bank: eight stages numbered 1–8 in order, each with a
// title, a question and guidance.
func Parse(data []byte) (*Bank, error) {
	var b Bank
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("decode: %w", err)
	}
	if len(b.Stages) != 8 {
		return nil, fmt.Errorf("want 8 stages, have %d", len(b.Stages))
	}
	for i, s := range b.Stages {
		if s.Number != i+1 {
			return nil, fmt.Errorf("stage %d is numbered %d", i+1, s.Number)
		}
		if strings.TrimSpace(s.Title) == "" || strings.TrimSpace(s.Question) == "" || strings.TrimSpace(s.Guidance) == "" {
			return nil, fmt.Errorf("stage %d needs a title, a question and guidance", s.Number)
		}
	}
	return &b, nil
}

// Stage returns stage n (1–8), or false.
func (b *Bank) Stage(n int) (Stage, bool) {
	if n < 1 || n > len(b.Stages) {
		return Stage{}, false
	}
	return b.Stages[n-1], true
}

// ShortTip returns the stage's one-line tip: Tip, or the first sentence of Guidance.
func (s Stage) ShortTip() string {
	if t := strings.TrimSpace(s.Tip); t != "" {
		return t
	}
	g := strings.TrimSpace(s.Guidance)
	if i := strings.Index(g, ". "); i >= 0 {
		return g[:i+1]
	}
	return g
}

// Questions returns the employee-facing questions in order, index 0 being question 1.
func (b *Bank) Questions() []string {
	qs := make([]string, len(b.Stages))
	for i, s := range b.Stages {
		qs[i] = s.Question
	}
	return qs
}
