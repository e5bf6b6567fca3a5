// Relabels the hops of the next $batch tracebacks after $after (in tracebackId order) that hold
// role, response or late properties, the way merge-tracebacks labels a hop now (ingest/HopLabels):
// Terminating, Intermediate, Gateway, Originating or UnknownRole; NamedUpstream, IsOrigin, NotFound
// or NoResponse; Late. Returns the last traceback id it read (null once past the last one) and how
// many hops it changed; running it again changes nothing.
:param {after: '', batch: 2000};
CYPHER 25
MATCH (t:Traceback)
WHERE t.tracebackId > $after
WITH t
ORDER BY t.tracebackId
LIMIT $batch
CALL (t) {
  MATCH (t)-[:HAS_HOP]->(h:Hop)
  WHERE h.role IS NOT NULL OR h.response IS NOT NULL OR h.late IS NOT NULL
  WITH h, [label IN [
      CASE h.role WHEN 'TERMINATING' THEN 'Terminating' WHEN 'INTERMEDIATE' THEN 'Intermediate'
        WHEN 'GATEWAY' THEN 'Gateway' WHEN 'ORIGINATING' THEN 'Originating' ELSE 'UnknownRole' END,
      CASE h.response WHEN 'NAMED_UPSTREAM' THEN 'NamedUpstream' WHEN 'IS_ORIGIN' THEN 'IsOrigin'
        WHEN 'NOT_FOUND' THEN 'NotFound' WHEN 'NO_RESPONSE' THEN 'NoResponse' END,
      CASE WHEN h.late THEN 'Late' END] WHERE label IS NOT NULL] AS labels
  SET h:$(labels)
  REMOVE h.role, h.response, h.late
  RETURN count(h) AS changed
}
RETURN max(t.tracebackId) AS last, sum(changed) AS changed;
