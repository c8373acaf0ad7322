// Package eventbridge is the Amazon EventBridge Scheduler implementation of
// conversation.Scheduler: each job is one one-time schedule in the configured group,
// named job.Name(), that invokes the dispatch function with the job's JSON
// (conversation.Payload, versioned, delivered as is, not in an EventBridge envelope) and then
// deletes itself (ActionAfterCompletion DELETE).
//
// # Time
//
// The schedule is at(yyyy-mm-ddThh:mm:ss) in the job's TimeZone (so the console
// shows the local time the email is meant for), with ScheduleExpressionTimezone
// set; UTC when the job has no zone, an unknown one, or a local time that a
// daylight-saving change makes ambiguous. At has whole seconds, rounded up, so a
// job never runs early; EventBridge Scheduler fires within the minute that follows
// (its precision is 60 seconds, with FlexibleTimeWindow OFF).
//
// A job due in the past, or in less than a minute, is scheduled one minute from
// now. EventBridge's handling of a one-time schedule whose time has passed is not
// something to rely on (moto accepts it and never fires; AWS documents nothing
// for it), so the adapter never asks: a late job still runs, about a minute late,
// and the job's own payload keeps its planned At.
//
// # Delivery
//
// Scheduling a job whose schedule exists (ConflictException) is not an error: the
// name holds the conversation, kind, sequence and generation, so it is the same
// job. Cancel deletes schedules; one that is gone already is not an error. The
// retry policy and the SQS dead-letter queue cover failed deliveries to the
// function (throttling, permissions); errors the function itself returns are
// retried by Lambda's asynchronous invocation and land in the function's own
// failure destination.
//
// # Calls
//
// Schedule makes one CreateSchedule per job and Cancel one DeleteSchedule per
// job, up to four at a time. List, for the admin CLI and the contract tests, makes
// one ListSchedules per 100 schedules and one GetSchedule per schedule.
//
// # Errors
//
// Throttling, 5xx answers, network failures and cancelled contexts are
// EUNAVAILABLE, once the SDK's standard retryer has tried three times with
// backoff (a ThrottlingException when calls outpace the account's
// CreateSchedule rate: an import's part is then sent again); an invalid job is EINVALID, before any call; anything else (a
// missing group, a denied permission, the account's schedule quota) is EINTERNAL.
package eventbridge
