// Deletes these tracebacks' hops and unlinks their call, keeping the Traceback node (and
// the letters that cite it) so the new content can take their place.
:param {tracebackIds: ['T-DOES-NOT-EXIST']};
UNWIND $tracebackIds AS tracebackId
MATCH (t:Traceback {tracebackId: tracebackId})
CALL (t) {
  MATCH (t)-[:HAS_HOP]->(hop:Hop)
  DETACH DELETE hop
}
CALL (t) {
  MATCH (t)-[traces:TRACES]->(:Call)
  DELETE traces
}
RETURN count(t) AS cleared;
