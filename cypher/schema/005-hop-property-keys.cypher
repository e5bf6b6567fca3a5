// Creates the hop's property keys before anything else names them, in this order, so that a new
// store packs each hop into three property records instead of four (41 bytes per hop). The record
// store lays out a new node's properties by property-key id, first fit into records of four 8-byte
// blocks: a datetime takes three, a role or response two, a position or attestation one. In this
// order the two datetimes each pair with a one-block value and the two strings share a record;
// measured on 100,000 tracebacks (docs/performance.md). A key that exists already keeps its id, so
// this changes nothing on a store made before. (Lateness is a label, `Late`: see merge-tracebacks.)
CALL db.createProperty('notifiedAt')
CALL db.createProperty('position')
CALL db.createProperty('respondedAt')
CALL db.createProperty('attestation')
CALL db.createProperty('role')
CALL db.createProperty('response')
CALL db.createProperty('notifiedOn')
CALL db.createProperty('respondedOn');
