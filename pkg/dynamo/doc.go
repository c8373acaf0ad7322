// Package dynamo is the DynamoDB implementation of assistant.Store: conversations
// and their listings in one table (DESIGN.md, "Data"). The send ledger is part of
// the conversation (conversation.Send), so a claim on an email and the state
// transition it announces are one conditional write.
//
// # Items
//
//	item          PK             SK              other attributes
//	conversation  CONV#<id>      CONV            version, doc, GSI1PK/GSI1SK, GSI2PK/GSI2SK, GSI3PK/GSI3SK, expiresAt
//	message link  CONV#<id>      MSGID#<key>     GSI3PK MSGID#<key>, GSI3SK <email>#<reply token>, expiresAt
//	(legacy)      CONV#<id>      SEND#<email>    send-ledger items of earlier versions; Delete removes them
//
// GSI1 lists an employee's conversations (GSI1PK EMP#<lower-cased email>) and GSI2
// a manager's (GSI2PK MGR#<lower-cased email>); their sort keys are the meeting
// start in UTC with milliseconds, then the ID (2027-03-15T13:30:00.123Z#<id>), so
// a listing runs by meeting start, ties by ID, and pages never skip or repeat.
// Both project ALL, so a page is one Query. GSI3 lists a status's conversations
// (GSI3PK STATUS#<status>, the same sort key, so a meeting range is a key
// condition); it projects its keys only, so a write that changes neither the
// status nor the meeting costs it nothing, and a page is one Query plus one
// BatchGetItem per 100 conversations. GSI3 also finds a sent email by its
// Message-ID (FindMessage): a message link, written in the same transaction as
// the update that records the email sent, sits under GSI3PK MSGID#<key>
// (assistant.MessageKey), and its index sort key names the email and the reply
// token, so the keys-only index answers with one Query. expiresAt (epoch
// seconds) is the table's TTL attribute: on a conversation only when
// Conversation.ExpiresAt is set, on a link LinkRetention after its email.
//
// # Why a JSON document
//
// The conversation itself is one attribute, doc: its encoding/json form, the same
// one the embedded store, the HTTP API and the history the employee keeps use.
// Structured attributes (attributevalue over every field) were the alternative;
// the document wins here because
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
// The cost: the console shows the conversation as a JSON string, and the item is
// bounded by DynamoDB's 400 KB. The document is conversation.Encode's (no HTML
// escaping, so a text takes at most twice its length), and the assistant fits
// every write within conversation.MaxEncodedBytes (340 KB) by shedding the oldest
// history and progress notes: the largest conversation the API and replies can
// make is an item under 350 KB (TestLargestConversationFits); a write over the
// limit is still EINVALID, not a crash.
//
// # Calls per use
//
// Get is one GetItem (strongly consistent), Create and Update one conditional
// PutItem each (an Update with message links one TransactWriteItems, which
// IAM authorizes as a PutItem of each item), FindMessage one Query on GSI3, List
// one Query on an index (eventually consistent, as every GSI read is), Delete one
// Query on the partition plus one BatchWriteItem per 25 items. Nothing scans.
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
