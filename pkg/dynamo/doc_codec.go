package dynamo

import (
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"sync"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// The conversation's document is stored deflated (RFC 1951), as a binary
// attribute: DynamoDB bills a write by the item's size in KB, and the JSON of a
// conversation (repeated field names, dates, addresses) deflates to about a
// third. The first byte names the format: docDeflateV1 is DEFLATE with
// dictV1 as its preset dictionary, which spares a small conversation most of
// its field names. Items written before hold the JSON as a string; decodeDoc
// reads both.
//
// dictV1 must never change: documents written with it are read with it. A
// better dictionary is a new format byte.
const (
	docDeflateV1 = 1
	dictV1       = `{"id":"","employee":{"name":"","email":"","timeZone":"Europe/"},"manager":{"name":"","email":"","timeZone":"America/"},` +
		`"meetingStart":"2027-","meetingMinutes":60,"status":"scheduled","generation":1,"version":1,"requestCv":true,` +
		`"answers":[{"question":1,"text":"","at":"2027-"}],"notes":"","managerNotes":"",` +
		`"steps":[{"number":1,"text":"","due":"2027-","status":"done","progress":[{"at":"","checkIn":1,"status":"in_progress","note":""}]}],` +
		`"history":[{"at":"2027-","kind":"created","detail":"meeting "},{"at":"","kind":"received","email":"prep","to":"","detail":"answers ","message":"","raw":""},` +
		`{"at":"","kind":"sent","email":"receipt-","to":""}],` +
		`"sends":[{"email":"wrapup","state":"sent","at":"2027-","providerId":"","messageId":"cc..@"},{"email":"checkin1","state":"claimed","owner":"call-","until":"","at":"T07:00:00Z"}],` +
		`"createdAt":"","updatedAt":"","expiresAt":"","journey":{"notes":[{"message":"","checkIn":1,"done":[1],"at":""}]}}`
)

var deflaters = sync.Pool{New: func() any {
	w, _ := flate.NewWriterDict(nil, flate.BestCompression, []byte(dictV1)) // a valid level: cannot fail
	return w
}}

// deflate compresses a document.
func deflate(doc []byte) ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte(docDeflateV1)
	w := deflaters.Get().(*flate.Writer)
	defer deflaters.Put(w)
	w.Reset(&b)
	if _, err := w.Write(doc); err != nil {
		return nil, fmt.Errorf("deflate: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("deflate: %w", err)
	}
	return b.Bytes(), nil
}

// maxDocBytes bounds an inflated document: no item holds more than 400 KB, and
// a deflated one inflates to at most about a thousand times its size; this
// keeps a corrupt attribute from exhausting memory.
const maxDocBytes = 16 << 20

// decodeDoc returns the JSON document av holds: deflated bytes, or the text of
// an item written before documents were deflated.
func decodeDoc(av types.AttributeValue) ([]byte, error) {
	switch v := av.(type) {
	case *types.AttributeValueMemberB:
		if len(v.Value) == 0 || v.Value[0] != docDeflateV1 {
			return nil, fmt.Errorf("the %s attribute is in no format this version reads", AttrDoc)
		}
		r := flate.NewReaderDict(bytes.NewReader(v.Value[1:]), []byte(dictV1))
		defer r.Close()
		doc, err := io.ReadAll(io.LimitReader(r, maxDocBytes+1))
		if err != nil {
			return nil, fmt.Errorf("inflate the document: %w", err)
		}
		if len(doc) > maxDocBytes {
			return nil, fmt.Errorf("the document inflates to more than %d bytes", maxDocBytes)
		}
		return doc, nil
	case *types.AttributeValueMemberS:
		return []byte(v.Value), nil
	case nil:
		return nil, fmt.Errorf("no %s attribute", AttrDoc)
	}
	return nil, fmt.Errorf("the %s attribute is a %T, not bytes or text", AttrDoc, av)
}
