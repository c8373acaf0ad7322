// Package awstest runs the AWS adapters' tests against a real AWS API emulator,
// moto_server (moto 5), on loopback: DynamoDB, SES v2, EventBridge Scheduler and S3.
//
// Each test binary starts at most one server, lazily, on a free 127.0.0.1 port, the
// first time a test calls Start; Main stops it when the binary's tests end. Use it
// from the package's TestMain:
//
//	func TestMain(m *testing.M) { awstest.Main(m) }
//
//	func TestSomething(t *testing.T) {
//		emu := awstest.Start(t) // skips (or fails under CI=true) without moto_server
//		client := dynamodb.NewFromConfig(emu.Config())
//		…
//	}
//
// Packages run as separate binaries, in parallel, each with its own server, so
// state is shared only by the tests of one package: give every test its own
// table, bucket or identity, or call Reset when the package's tests are not
// parallel.
//
// Counter counts the SDK operations a client makes, per service and operation,
// through the client's APIOptions: tests use it to report and pin the calls a
// use case makes. Meter, registered the same way, measures what those calls
// are billed by: DynamoDB read and write units from the items as stored before
// and after each write and the table's index projections, SES recipients, S3
// requests (the emulator lifecycle in pkg/app prices them).
package awstest
