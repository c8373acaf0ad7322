// Package remote is the admin client of careerconv's HTTP API (pkg/handlers.API):
// the same typed calls against a deployed stack's Lambda Function URL, signed
// with SigV4 for service "lambda" from the standard AWS credential chain
// (Signed), or against the handler in this process (Local), which the local
// commands use. Both go through the Function URL's request shape (FunctionURL
// turns an HTTP request into the Lambda event), so a command answers alike
// either way.
//
// ImportFile sends a CSV of any length in parts of at most
// assistant.MaxImportRows rows: every part is validated first (dry runs), and
// only a file with no refused row is created, a few parts at a time
// (ImportOptions.Parallel; careerconv remote import --parallel, default
// DefaultImportParallel). The API skips a row whose conversation exists, so an
// import that stopped half-way is simply run again.
package remote
