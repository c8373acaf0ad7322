// Package conversation holds careerconv's domain: a career conversation between an
// employee and their manager, its answers, agreed steps and their progress, the timed
// jobs that drive it, the allowed status transitions and coded errors; what a reply
// answers (ReplyKind, Purpose); and the ports the adapters implement (Store, Mailer,
// Scheduler, RawMail, Files, with Email, Thread and Cycle).
//
// It imports nothing of the project; every other package speaks its types, so an
// adapter compiles this package and nothing of the reader or the assistant.
package conversation
