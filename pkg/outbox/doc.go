// Package outbox is the local Mailer: it writes each outbound email as an .eml file
// in a folder, where it can be opened with any mail client or read by tests and the
// demo. Files are named so that listing them in name order gives the order written.
package outbox
