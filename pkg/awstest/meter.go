package awstest

import (
	"context"
	"fmt"
	"maps"
	"math"
	"reflect"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsmiddleware "github.com/aws/aws-sdk-go-v2/aws/middleware"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sesv2"
	"github.com/aws/smithy-go/middleware"
)

// Usage is what a client's calls are billed by, as a Meter measured it.
type Usage struct {
	// ReadUnits and WriteUnits are DynamoDB request units (on-demand), by
	// where they were spent: "table" or an index name.
	ReadUnits, WriteUnits map[string]float64
	// Writes counts DynamoDB item writes (a batch or transaction counts each item).
	Writes int
	// Items lists the DynamoDB item writes, in order, with their table units.
	Items []ItemWrite
	// Recipients counts the addresses SES v2 SendEmail sent to (To, Cc and Bcc
	// alike: SES counts each recipient as an email); Messages the calls.
	Messages, Recipients int
	// S3Puts and S3Gets count PUT/COPY/POST/LIST and GET requests.
	S3Puts, S3Gets int
	// Calls counts operations by "Service.Operation"; InCalls is the time spent
	// in them (on the emulator, not what AWS would take).
	Calls   map[string]int
	InCalls time.Duration
}

// Add adds u2 to u.
func (u *Usage) Add(u2 Usage) {
	if u.ReadUnits == nil {
		u.ReadUnits, u.WriteUnits, u.Calls = map[string]float64{}, map[string]float64{}, map[string]int{}
	}
	for k, v := range u2.ReadUnits {
		u.ReadUnits[k] += v
	}
	for k, v := range u2.WriteUnits {
		u.WriteUnits[k] += v
	}
	for k, v := range u2.Calls {
		u.Calls[k] += v
	}
	u.Writes += u2.Writes
	u.Items = append(u.Items, u2.Items...)
	u.Messages += u2.Messages
	u.Recipients += u2.Recipients
	u.S3Puts += u2.S3Puts
	u.S3Gets += u2.S3Gets
	u.InCalls += u2.InCalls
}

// ItemWrite is one DynamoDB item write as billed on its table.
type ItemWrite struct {
	// Op is the operation ("PutItem", "TransactWriteItems"…); Kind names the
	// item by its key attributes' values up to their first '#' ("CONV/CONV").
	Op, Kind string
	// Bytes is the size billed (the larger of the item before and after), Units
	// the table's write units for it.
	Bytes int
	Units float64
	// Failed: the write's condition failed (it is billed all the same).
	Failed bool
}

// Total sums a map of units.
func Total(units map[string]float64) float64 {
	t := 0.0
	for _, v := range units {
		t += v
	}
	return t
}

// Meter measures the billable usage of a client's calls on the emulator. For
// DynamoDB it reads, with a client of its own, each written item before and
// after the write and each table's key schema and index projections, and applies
// DynamoDB's capacity rules:
//
//   - an item's size is the length of its attribute names and values (a number
//     takes about one byte per two digits, plus one);
//   - a write costs one unit per KB of the larger of the item before and after
//     (a failed condition too), twice in a transaction;
//   - each global secondary index costs a write of its entry (the table and
//     index keys, the projected attributes and 100 bytes) when the entry appears,
//     disappears or its projected attributes change, and two when its keys change;
//     a write that changes nothing the index holds costs the index nothing;
//   - a read costs one unit per 4 KB (a Query: of all items read together),
//     half when eventually consistent, twice in a transaction; a GetItem that
//     finds nothing still costs one read.
//
// Register it like a Counter; it is safe for concurrent use, but the writes it
// measures must not race each other (it reads an item before and after).
type Meter struct {
	raw *dynamodb.Client

	mu     sync.Mutex
	tables map[string]*tableShape
	u      Usage
}

// tableShape is what the Meter knows of a table.
type tableShape struct {
	keys    []string
	indexes []indexShape
}

type indexShape struct {
	name    string
	keys    []string
	project string   // ALL, KEYS_ONLY or INCLUDE
	include []string // INCLUDE's attributes
}

// Meter returns a new Meter reading the emulator.
func (e *Emulator) Meter() *Meter {
	return &Meter{raw: dynamodb.NewFromConfig(e.Config()), tables: map[string]*tableShape{}}
}

// Usage returns the usage measured so far.
func (m *Meter) Usage() Usage {
	m.mu.Lock()
	defer m.mu.Unlock()
	var u Usage
	u.Add(m.u)
	return u
}

// Reset forgets the usage measured.
func (m *Meter) Reset() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.u = Usage{}
}

// Register adds the metering middleware to an operation's stack: pass it in
// aws.Config.APIOptions or a client's Options.APIOptions.
func (m *Meter) Register(stack *middleware.Stack) error {
	return stack.Initialize.Add(middleware.InitializeMiddlewareFunc(
		fmt.Sprintf("awstest.Meter.%p", m),
		func(ctx context.Context, in middleware.InitializeInput, next middleware.InitializeHandler) (middleware.InitializeOutput, middleware.Metadata, error) {
			op := awsmiddleware.GetServiceID(ctx) + "." + awsmiddleware.GetOperationName(ctx)
			before := m.before(ctx, in.Parameters)
			t0 := time.Now()
			out, md, err := next.HandleInitialize(ctx, in)
			took := time.Since(t0)
			var u Usage
			u.Add(Usage{Calls: map[string]int{op: 1}, InCalls: took})
			m.after(ctx, &u, in.Parameters, out.Result, err, before)
			m.mu.Lock()
			m.u.Add(u)
			m.mu.Unlock()
			return out, md, err
		}), middleware.After)
}

type item = map[string]types.AttributeValue

// written is one item a write is about to change.
type written struct {
	table string
	key   item
	old   item
	put   item // the item a put proposes, for the size of a failed write
	tx    bool
	op    string
}

// before reads the items a DynamoDB write will change.
func (m *Meter) before(ctx context.Context, params any) []written {
	var ws []written
	add := func(table string, key, put item, tx bool) {
		sh := m.shape(ctx, table)
		if sh == nil {
			return
		}
		if key == nil {
			key = pick(put, sh.keys)
		}
		ws = append(ws, written{table: table, key: key, old: m.get(ctx, table, key), put: put, tx: tx, op: awsmiddleware.GetOperationName(ctx)})
	}
	switch p := params.(type) {
	case *dynamodb.PutItemInput:
		add(aws.ToString(p.TableName), nil, p.Item, false)
	case *dynamodb.UpdateItemInput:
		add(aws.ToString(p.TableName), p.Key, nil, false)
	case *dynamodb.DeleteItemInput:
		add(aws.ToString(p.TableName), p.Key, nil, false)
	case *dynamodb.BatchWriteItemInput:
		for _, table := range slices.Sorted(maps.Keys(p.RequestItems)) {
			for _, r := range p.RequestItems[table] {
				switch {
				case r.PutRequest != nil:
					add(table, nil, r.PutRequest.Item, false)
				case r.DeleteRequest != nil:
					add(table, r.DeleteRequest.Key, nil, false)
				}
			}
		}
	case *dynamodb.TransactWriteItemsInput:
		for _, t := range p.TransactItems {
			switch {
			case t.Put != nil:
				add(aws.ToString(t.Put.TableName), nil, t.Put.Item, true)
			case t.Update != nil:
				add(aws.ToString(t.Update.TableName), t.Update.Key, nil, true)
			case t.Delete != nil:
				add(aws.ToString(t.Delete.TableName), t.Delete.Key, nil, true)
			case t.ConditionCheck != nil:
				add(aws.ToString(t.ConditionCheck.TableName), t.ConditionCheck.Key, nil, true)
			}
		}
	}
	return ws
}

// after adds the usage of one call to u.
func (m *Meter) after(ctx context.Context, u *Usage, params, result any, err error, ws []written) {
	for _, w := range ws {
		m.write(ctx, u, w, err)
	}
	reads := func(table, index string, items []item, consistent, perItem bool, factor float64) {
		sh := m.shape(ctx, table)
		if sh == nil {
			return
		}
		if !consistent || index != "" {
			factor /= 2 // eventually consistent (as every index read is)
		}
		where := "table"
		if index != "" {
			where = index
		}
		total := 0
		for _, it := range items {
			// Sizes of what is stored, not of what a projection expression returned.
			full := m.get(ctx, table, pick(it, sh.keys))
			size := itemSize(full)
			if index != "" {
				size = itemSize(sh.entry(index, full))
			}
			if perItem {
				u.ReadUnits[where] += factor * math.Max(1, math.Ceil(float64(size)/4096))
			}
			total += size
		}
		if !perItem {
			u.ReadUnits[where] += factor * math.Max(1, math.Ceil(float64(total)/4096))
		}
	}
	switch p := params.(type) {
	case *dynamodb.GetItemInput:
		if out, ok := result.(*dynamodb.GetItemOutput); ok && err == nil {
			var items []item
			if len(out.Item) > 0 {
				items = []item{p.Key}
			}
			reads(aws.ToString(p.TableName), "", items, aws.ToBool(p.ConsistentRead), false, 1)
		}
	case *dynamodb.QueryInput:
		if out, ok := result.(*dynamodb.QueryOutput); ok && err == nil {
			reads(aws.ToString(p.TableName), aws.ToString(p.IndexName), out.Items, aws.ToBool(p.ConsistentRead), false, 1)
		}
	case *dynamodb.BatchGetItemInput:
		if out, ok := result.(*dynamodb.BatchGetItemOutput); ok && err == nil {
			for table, items := range out.Responses {
				reads(table, "", items, aws.ToBool(p.RequestItems[table].ConsistentRead), true, 1)
			}
		}
	case *dynamodb.TransactGetItemsInput:
		for _, t := range p.TransactItems {
			if t.Get != nil {
				reads(aws.ToString(t.Get.TableName), "", []item{t.Get.Key}, true, true, 2)
			}
		}
	case *sesv2.SendEmailInput:
		if err == nil && p.Destination != nil {
			u.Messages++
			u.Recipients += len(p.Destination.ToAddresses) + len(p.Destination.CcAddresses) + len(p.Destination.BccAddresses)
		}
	}
	for op := range u.Calls {
		svc, name, _ := strings.Cut(op, ".")
		if svc != "S3" {
			continue
		}
		switch {
		case strings.HasPrefix(name, "Get") || strings.HasPrefix(name, "Head"):
			u.S3Gets++
		case strings.HasPrefix(name, "Put") || strings.HasPrefix(name, "Copy") || strings.HasPrefix(name, "List") || strings.HasPrefix(name, "Post"):
			u.S3Puts++
		}
	}
}

// write adds the units of one item write.
func (m *Meter) write(ctx context.Context, u *Usage, w written, err error) {
	sh := m.shape(ctx, w.table)
	cur := m.get(ctx, w.table, w.key)
	factor := 1.0
	if w.tx {
		factor = 2
	}
	u.Writes++
	size := max(itemSize(w.old), itemSize(cur))
	if err != nil {
		size = max(itemSize(w.old), itemSize(w.put))
	}
	u.WriteUnits["table"] += factor * kb(size)
	u.Items = append(u.Items, ItemWrite{Op: w.op, Kind: kind(w.key, sh.keys), Bytes: size, Units: factor * kb(size), Failed: err != nil})
	if err != nil {
		return
	}
	for _, ix := range sh.indexes {
		before, after := sh.entry(ix.name, w.old), sh.entry(ix.name, cur)
		switch {
		case before == nil && after == nil:
		case before == nil:
			u.WriteUnits[ix.name] += kb(itemSize(after))
		case after == nil:
			u.WriteUnits[ix.name] += kb(itemSize(before))
		case !reflect.DeepEqual(pick(before, ix.keys), pick(after, ix.keys)):
			u.WriteUnits[ix.name] += kb(itemSize(before)) + kb(itemSize(after))
		case !reflect.DeepEqual(before, after):
			u.WriteUnits[ix.name] += kb(max(itemSize(before), itemSize(after)))
		}
	}
}

// kb is the write units of size bytes: one per started KB, at least one.
func kb(size int) float64 { return math.Max(1, math.Ceil(float64(size)/1024)) }

// entry returns what index holds of it (nil when it lacks the index's keys),
// with the 100 bytes DynamoDB counts for each index entry as an attribute.
func (sh *tableShape) entry(index string, it item) item {
	if it == nil {
		return nil
	}
	for _, ix := range sh.indexes {
		if ix.name != index {
			continue
		}
		for _, k := range ix.keys {
			if _, ok := it[k]; !ok {
				return nil
			}
		}
		e := item{}
		switch ix.project {
		case string(types.ProjectionTypeAll):
			maps.Copy(e, it)
		case string(types.ProjectionTypeInclude):
			maps.Copy(e, pick(it, ix.include))
		}
		maps.Copy(e, pick(it, sh.keys))
		maps.Copy(e, pick(it, ix.keys))
		e[strings.Repeat("_", 100)] = &types.AttributeValueMemberNULL{Value: true} // 100 bytes of name, 1 of value
		return e
	}
	return nil
}

// kind names an item by its key values, each up to its first '#'.
func kind(key item, names []string) string {
	parts := make([]string, 0, len(names))
	for _, n := range names {
		v := ""
		if s, ok := key[n].(*types.AttributeValueMemberS); ok {
			v, _, _ = strings.Cut(s.Value, "#")
		}
		parts = append(parts, v)
	}
	return strings.Join(parts, "/")
}

// pick returns the attributes names of it.
func pick(it item, names []string) item {
	out := item{}
	for _, n := range names {
		if v, ok := it[n]; ok {
			out[n] = v
		}
	}
	return out
}

// get reads an item as stored, or nil.
func (m *Meter) get(ctx context.Context, table string, key item) item {
	out, err := m.raw.GetItem(context.WithoutCancel(ctx), &dynamodb.GetItemInput{TableName: aws.String(table), Key: key, ConsistentRead: aws.Bool(true)})
	if err != nil || len(out.Item) == 0 {
		return nil
	}
	return out.Item
}

// shape describes a table, once; nil when it cannot be read.
func (m *Meter) shape(ctx context.Context, table string) *tableShape {
	m.mu.Lock()
	sh, ok := m.tables[table]
	m.mu.Unlock()
	if ok {
		return sh
	}
	out, err := m.raw.DescribeTable(context.WithoutCancel(ctx), &dynamodb.DescribeTableInput{TableName: aws.String(table)})
	if err != nil {
		return nil
	}
	names := func(ks []types.KeySchemaElement) []string {
		var n []string
		for _, k := range ks {
			n = append(n, aws.ToString(k.AttributeName))
		}
		return n
	}
	sh = &tableShape{keys: names(out.Table.KeySchema)}
	for _, g := range out.Table.GlobalSecondaryIndexes {
		ix := indexShape{name: aws.ToString(g.IndexName), keys: names(g.KeySchema)}
		if g.Projection != nil {
			ix.project, ix.include = string(g.Projection.ProjectionType), g.Projection.NonKeyAttributes
		}
		sh.indexes = append(sh.indexes, ix)
	}
	m.mu.Lock()
	m.tables[table] = sh
	m.mu.Unlock()
	return sh
}

// itemSize is an item's size as DynamoDB counts it.
func itemSize(it item) int {
	n := 0
	for name, v := range it {
		n += len(name) + valueSize(v)
	}
	return n
}

func valueSize(v types.AttributeValue) int {
	switch v := v.(type) {
	case *types.AttributeValueMemberS:
		return len(v.Value)
	case *types.AttributeValueMemberN:
		return numberSize(v.Value)
	case *types.AttributeValueMemberB:
		return len(v.Value)
	case *types.AttributeValueMemberBOOL, *types.AttributeValueMemberNULL:
		return 1
	case *types.AttributeValueMemberSS:
		n := 0
		for _, s := range v.Value {
			n += len(s)
		}
		return n
	case *types.AttributeValueMemberNS:
		n := 0
		for _, s := range v.Value {
			n += numberSize(s)
		}
		return n
	case *types.AttributeValueMemberBS:
		n := 0
		for _, b := range v.Value {
			n += len(b)
		}
		return n
	case *types.AttributeValueMemberL:
		n := 3
		for _, e := range v.Value {
			n += 1 + valueSize(e)
		}
		return n
	case *types.AttributeValueMemberM:
		n := 3
		for k, e := range v.Value {
			n += 1 + len(k) + valueSize(e)
		}
		return n
	}
	return 0
}

// numberSize: up to 38 significant digits, one byte per two, plus one.
func numberSize(s string) int {
	digits := strings.Trim(strings.TrimLeft(strings.NewReplacer("-", "", ".", "").Replace(s), "0"), "0")
	return (len(digits)+1)/2 + 1
}
