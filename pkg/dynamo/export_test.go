package dynamo

// DictV1 is the preset dictionary of the document format 1, for the tests that
// read items as stored.
const DictV1 = dictV1
