// Creates the hop's property keys before anything else names them, in this order, so that a new
// store packs each hop into two property records (41 bytes each). The record store lays out a new
// node's properties by property-key id, first fit into records of four 8-byte blocks: a datetime
// takes three, a position or attestation one, so in this order each datetime pairs with a one-block
// value; measured on 100,000 tracebacks (docs/performance.md). A hop's role, response and lateness
// are labels, which live in the node record (see merge-tracebacks). A key that exists already keeps
// its id, so this changes nothing on a store made before.
CALL db.createProperty('notifiedAt')
CALL db.createProperty('position')
CALL db.createProperty('respondedAt')
CALL db.createProperty('attestation')
CALL db.createProperty('notifiedOn')
CALL db.createProperty('respondedOn');
