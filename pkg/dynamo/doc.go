// Package dynamo is the DynamoDB implementation of conversation.Store: conversations
// and their listings in one table (DESIGN.md, "Data"). The send ledger is part of
// the conversation (conversation.Send), so a claim on an email and the state
// transition it announces are one conditional write.
//
// # Items
//
//	item          PK             SK              other attributes
//	conversation  CONV#<id>      CONV            version, doc (deflated JSON), GSI1PK/GSI1SK, GSI2PK/GSI2SK, GSI3PK/GSI3SK, expiresAt
//	message link  MSGID#<key>    MSGID           conversation, email, token, expiresAt
//	(legacy)      CONV#<id>      SEND#<email>    send-ledger items of earlier versions; Delete removes them
//
// GSI1 lists an employee's conversations (GSI1PK EMP#<lower-cased email>), GSI2
// a manager's (GSI2PK MGR#<lower-cased email>) and GSI3 a status's (GSI3PK
// STATUS#<status>); their sort keys are the meeting start in UTC with
// milliseconds, then the ID (2027-03-15T13:30:00.123Z#<id>), so a listing runs
// by meeting start, ties by ID, pages never skip or repeat, and a status's
// meeting range is a key condition. All three project their keys only: a
// conversation write that changes none of an index's keys (an answer, a send:
// most writes) costs the index nothing, where an index projecting ALL is billed
// a copy of the whole item on every write. A page is one Query plus one
// BatchGetItem per 100 conversations. A message link (conversation.MessageLink:
// the Message-ID a sent email was delivered with, conversation.MessageKey) is an
// item of its own, written just before the update that records the email sent
// and found by one GetItem (FindMessage), in no index. expiresAt (epoch seconds)
// is the table's TTL attribute: on a conversation only when
// Conversation.ExpiresAt is set, on a link LinkRetention after its email.
//
// # Why a JSON document, deflated
//
// The conversation itself is one attribute, doc: its encoding/json form
// (conversation.Encode, the same one the embedded store, the HTTP API and the
// history the employee keeps use), deflated. Structured attributes
// (attributevalue over every field) were the alternative; the document wins
// here because
//
//   - every field round-trips with the semantics of the other Store (times as the
//     same instant, to the millisecond, in UTC; omitempty/omitzero honoured), and a
//     field added to conversation.Conversation needs no change here;
//   - the conversation is only ever read and written whole, under optimistic
//     locking, so DynamoDB never needs to see inside it: the attributes it does
//     need (keys, index keys, version, TTL) are separate, typed attributes;
//   - the TTL attribute expiresAt (a number) would collide with the conversation's
//     own expiresAt field (a time) in a structured item.
//
// Deflated because DynamoDB bills a write by the whole item's size, a unit per
// started KB, however little changed: a conversation's JSON through its
// lifecycle (1 to 8 KB) deflates, with a preset dictionary of its field names,
// to a quarter or a third, and its writes cost about a third of the units
// (doc_codec.go; the first byte names the format). Items written before hold
// the JSON as text and are read as they are.
//
// The cost: the console shows the conversation as bytes. A document is bounded
// by conversation.MaxEncodedBytes (340 KB) before deflating, as in every store:
// the assistant fits every write within it by shedding the oldest history and
// progress notes (TestLargestConversationFits); a larger one is EINVALID, not a
// crash.
//
// # Calls per use
//
// Get is one GetItem (strongly consistent), Create and Update one conditional
// PutItem each (an Update with message links one more PutItem per link, before
// the conversation's), FindMessage one GetItem, List
// one Query on an index (eventually consistent, as every GSI read is) plus one
// BatchGetItem per 100 conversations listed, Delete one GetItem and one Query on the partition
// plus one BatchWriteItem per 25 items. Nothing scans.
//
// # Errors
//
// A failed condition is ECONFLICT (Create of an existing ID, Update of a changed
// conversation) or ENOTFOUND (Update of a conversation that is gone, told apart with
// ReturnValuesOnConditionCheckFailure=ALL_OLD, at no extra call). Throttling,
// 5xx answers, network failures and cancelled contexts are EUNAVAILABLE; bad input
// (no ID, a forged cursor, an oversized conversation) is EINVALID; anything else,
// such as a missing table or a denied permission, is EINTERNAL.
package dynamo
