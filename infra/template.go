package infra

import (
	"errors"
	"fmt"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// Resource types the template reader knows about.
const (
	TypeServerlessFunction = "AWS::Serverless::Function"
	TypeLambdaFunction     = "AWS::Lambda::Function"
)

// Template is a parsed CloudFormation or AWS SAM template, read as YAML nodes
// so CloudFormation's short tags (!Ref, !GetAtt, !Sub, !If…) parse. Intrinsic
// functions are not evaluated: values that use them are rendered as text, such
// as "!GetAtt Table.Arn" or "!Sub ${Table.Arn}/index/*".
type Template struct {
	resources map[string]*yaml.Node // logical ID → the resource's mapping
	ids       []string              // logical IDs in template order
	globals   *yaml.Node            // Globals.Function, or nil
}

// Statement is one statement of an IAM policy document in the template.
type Statement struct {
	// Source says where the statement is: "ApiFunction Policies[0]",
	// "SchedulerRole Policies[0]" or "RawMailBucketPolicy PolicyDocument".
	Source    string
	Sid       string
	Effect    string   // "Allow" or "Deny"
	Actions   []string // Action, or NotAction when NotAction is set
	NotAction bool
	Resources []string // rendered; empty in resource policies that omit Resource
	// Principal is the rendered Principal of a resource policy ("*",
	// "{Service: ses.amazonaws.com}"), empty in identity policies.
	Principal string
	// Condition is the rendered Condition block, empty if there is none.
	Condition string
}

// LoadTemplate reads and parses the template at path.
func LoadTemplate(path string) (*Template, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read template: %w", err)
	}
	t, err := ParseTemplate(data)
	if err != nil {
		return nil, fmt.Errorf("template %s: %w", path, err)
	}
	return t, nil
}

// ParseTemplate parses a template from YAML (JSON is YAML too).
func ParseTemplate(data []byte) (*Template, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("parse YAML: %w", err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("not a template: the document is not a mapping")
	}
	root := doc.Content[0]
	res := get(root, "Resources")
	if res == nil || res.Kind != yaml.MappingNode || len(res.Content) == 0 {
		return nil, errors.New("not a template: no Resources")
	}
	t := &Template{resources: make(map[string]*yaml.Node), globals: get(get(root, "Globals"), "Function")}
	for i := 0; i+1 < len(res.Content); i += 2 {
		id, r := res.Content[i].Value, deref(res.Content[i+1])
		if r.Kind != yaml.MappingNode {
			return nil, fmt.Errorf("resource %s is not a mapping", id)
		}
		if typ := get(r, "Type"); typ == nil || typ.Kind != yaml.ScalarNode || typ.Value == "" {
			return nil, fmt.Errorf("resource %s has no Type", id)
		}
		if _, dup := t.resources[id]; dup {
			return nil, fmt.Errorf("resource %s is defined twice", id)
		}
		t.resources[id] = r
		t.ids = append(t.ids, id)
	}
	return t, nil
}

// Resources returns the logical IDs of the resources of type typ, in template
// order; every resource if typ is empty.
func (t *Template) Resources(typ string) []string {
	var ids []string
	for _, id := range t.ids {
		if typ == "" || t.Type(id) == typ {
			ids = append(ids, id)
		}
	}
	return ids
}

// Type returns the resource type of the resource id, "" if there is none.
func (t *Template) Type(id string) string {
	return scalar(get(t.resources[id], "Type"))
}

// Functions returns the logical IDs of the template's Lambda functions (SAM and
// plain CloudFormation), sorted.
func (t *Template) Functions() []string {
	ids := append(t.Resources(TypeServerlessFunction), t.Resources(TypeLambdaFunction)...)
	sort.Strings(ids)
	return ids
}

// Value returns the value at path under the resource id, rendered as text:
// Value("Table", "Properties", "BillingMode"). Sequence elements are addressed
// by index ("0"). ok is false if the path does not exist.
func (t *Template) Value(id string, path ...string) (value string, ok bool) {
	n := walk(t.resources[id], path)
	if n == nil {
		return "", false
	}
	return render(n), true
}

// FunctionProperty returns a function's property at path as SAM sees it: the
// function's own (Properties/path), else the Globals' (Globals/Function/path).
func (t *Template) FunctionProperty(function string, path ...string) (value string, ok bool) {
	if !t.isFunction(function) {
		return "", false
	}
	if v, ok := t.Value(function, append([]string{"Properties"}, path...)...); ok {
		return v, true
	}
	if n := walk(t.globals, path); n != nil {
		return render(n), true
	}
	return "", false
}

// Values returns the elements of the sequence at path under the resource id,
// rendered; a single value if the path holds a scalar (as CloudFormation allows
// for lists of one), nil if the path does not exist.
func (t *Template) Values(id string, path ...string) []string {
	return renderList(walk(t.resources[id], path))
}

// Environment returns the environment variables the function gets: Globals
// merged with its own, values rendered. Nil if function is not a function.
func (t *Template) Environment(function string) map[string]string {
	r := t.resources[function]
	if r == nil || !t.isFunction(function) {
		return nil
	}
	env := make(map[string]string)
	for _, src := range []*yaml.Node{walk(t.globals, []string{"Environment", "Variables"}), walk(r, []string{"Properties", "Environment", "Variables"})} {
		if src == nil || src.Kind != yaml.MappingNode {
			continue
		}
		for i := 0; i+1 < len(src.Content); i += 2 {
			env[src.Content[i].Value] = render(src.Content[i+1])
		}
	}
	return env
}

// Statements returns the inline policy statements of the function's Policies
// (SAM) — the permissions its execution role has besides what SAM adds for
// logging. Policies given by name (managed policies, SAM policy templates) are
// not expanded: see OpaquePolicies.
func (t *Template) Statements(function string) []Statement {
	if !t.isFunction(function) {
		return nil
	}
	var out []Statement
	for i, p := range list(walk(t.resources[function], []string{"Properties", "Policies"})) {
		if p.Kind == yaml.MappingNode && get(p, "Statement") != nil {
			out = append(out, statements(fmt.Sprintf("%s Policies[%d]", function, i), p)...)
		}
	}
	return out
}

// OpaquePolicies returns the function's Policies entries that are not inline
// policy documents (managed policy names or ARNs, SAM policy templates), whose
// permissions Statements and Allowed cannot see.
func (t *Template) OpaquePolicies(function string) []string {
	if !t.isFunction(function) {
		return nil
	}
	var out []string
	for _, p := range list(walk(t.resources[function], []string{"Properties", "Policies"})) {
		if p.Kind != yaml.MappingNode || get(p, "Statement") == nil {
			out = append(out, render(p))
		}
	}
	return out
}

// Allowed reports whether the function's inline policies allow the IAM action
// ("dynamodb:GetItem") on some resource: an Allow statement names it (IAM
// wildcards and case-insensitive matching apply) and no Deny statement does.
// Resources and conditions are not evaluated.
func (t *Template) Allowed(function, action string) bool {
	allowed := false
	for _, s := range t.Statements(function) {
		if !s.matches(action) {
			continue
		}
		switch s.Effect {
		case "Deny":
			return false
		case "Allow":
			allowed = true
		}
	}
	return allowed
}

// PolicyStatements returns every statement of every permission policy in the
// template: function Policies, the Policies of AWS::IAM::Role, the documents of
// AWS::IAM::Policy and AWS::IAM::ManagedPolicy, and resource policies
// (AWS::S3::BucketPolicy, AWS::SQS::QueuePolicy, AWS::SNS::TopicPolicy). Role
// trust policies are not included.
func (t *Template) PolicyStatements() []Statement {
	var out []Statement
	for _, id := range t.ids {
		r := t.resources[id]
		switch t.Type(id) {
		case TypeServerlessFunction:
			out = append(out, t.Statements(id)...)
		case "AWS::IAM::Role":
			for i, p := range list(walk(r, []string{"Properties", "Policies"})) {
				out = append(out, statements(fmt.Sprintf("%s Policies[%d]", id, i), get(p, "PolicyDocument"))...)
			}
		case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy":
			out = append(out, statements(id+" PolicyDocument", walk(r, []string{"Properties", "PolicyDocument"}))...)
		}
	}
	return out
}

func (t *Template) isFunction(id string) bool {
	typ := t.Type(id)
	return typ == TypeServerlessFunction || typ == TypeLambdaFunction
}

// matches reports whether the statement's actions cover action.
func (s Statement) matches(action string) bool {
	hit := false
	for _, a := range s.Actions {
		if wildcardMatch(strings.ToLower(a), strings.ToLower(action)) {
			hit = true
			break
		}
	}
	return hit != s.NotAction
}

// statements reads the statements of a policy document.
func statements(source string, doc *yaml.Node) []Statement {
	var out []Statement
	for _, n := range list(get(doc, "Statement")) {
		if n.Kind != yaml.MappingNode {
			continue
		}
		s := Statement{Source: source, Sid: scalar(get(n, "Sid")), Effect: scalar(get(n, "Effect"))}
		if a := get(n, "NotAction"); a != nil {
			s.Actions, s.NotAction = renderList(a), true
		} else {
			s.Actions = renderList(get(n, "Action"))
		}
		s.Resources = renderList(get(n, "Resource"))
		if p := get(n, "Principal"); p != nil {
			s.Principal = render(p)
		}
		if c := get(n, "Condition"); c != nil {
			s.Condition = render(c)
		}
		out = append(out, s)
	}
	return out
}

// wildcardMatch matches IAM action patterns: * is any run of characters, ? one.
func wildcardMatch(pattern, name string) bool {
	ok, err := path.Match(strings.ReplaceAll(pattern, "[", "\\["), name)
	return err == nil && ok
}

// get returns the value of key in mapping n, nil if n is not a mapping or has
// no such key.
func get(n *yaml.Node, key string) *yaml.Node {
	n = deref(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return deref(n.Content[i+1])
		}
	}
	return nil
}

// walk follows path (mapping keys, sequence indexes) from n.
func walk(n *yaml.Node, path []string) *yaml.Node {
	for _, p := range path {
		n = deref(n)
		if n == nil {
			return nil
		}
		if n.Kind == yaml.SequenceNode {
			i, err := strconv.Atoi(p)
			if err != nil || i < 0 || i >= len(n.Content) {
				return nil
			}
			n = deref(n.Content[i])
			continue
		}
		n = get(n, p)
	}
	return deref(n)
}

// deref follows aliases.
func deref(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// list returns the elements of a sequence, or n alone if it is not one.
func list(n *yaml.Node) []*yaml.Node {
	n = deref(n)
	switch {
	case n == nil:
		return nil
	case n.Kind == yaml.SequenceNode && !isIntrinsic(n):
		out := make([]*yaml.Node, len(n.Content))
		for i, c := range n.Content {
			out[i] = deref(c)
		}
		return out
	}
	return []*yaml.Node{n}
}

func renderList(n *yaml.Node) []string {
	var out []string
	for _, c := range list(n) {
		out = append(out, render(c))
	}
	return out
}

func scalar(n *yaml.Node) string {
	if n == nil || n.Kind != yaml.ScalarNode {
		return ""
	}
	return n.Value
}

// isIntrinsic reports whether n carries a CloudFormation short tag (!Ref…).
func isIntrinsic(n *yaml.Node) bool {
	return strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!")
}

// render writes n as compact text, intrinsic functions in short form.
func render(n *yaml.Node) string {
	n = deref(n)
	if n == nil {
		return ""
	}
	if isIntrinsic(n) {
		return intrinsic(n.Tag[1:], n)
	}
	switch n.Kind {
	case yaml.ScalarNode:
		return n.Value
	case yaml.SequenceNode:
		parts := make([]string, len(n.Content))
		for i, c := range n.Content {
			parts[i] = render(c)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case yaml.MappingNode:
		if len(n.Content) == 2 {
			switch k := n.Content[0].Value; {
			case k == "Ref":
				return intrinsic("Ref", n.Content[1])
			case strings.HasPrefix(k, "Fn::"):
				return intrinsic(strings.TrimPrefix(k, "Fn::"), n.Content[1])
			}
		}
		parts := make([]string, 0, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			parts = append(parts, n.Content[i].Value+": "+render(n.Content[i+1]))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return ""
}

// intrinsic renders the function name applied to arg: "!GetAtt Table.Arn".
func intrinsic(name string, arg *yaml.Node) string {
	arg = deref(arg)
	if name == "GetAtt" && arg.Kind == yaml.SequenceNode && len(arg.Content) == 2 {
		return "!GetAtt " + render(arg.Content[0]) + "." + render(arg.Content[1])
	}
	if arg.Kind == yaml.ScalarNode {
		return "!" + name + " " + arg.Value
	}
	plain := *arg
	plain.Tag = ""
	return "!" + name + " " + render(&plain)
}
