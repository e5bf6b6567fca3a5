// Campaigns ranked by the traced calls made within a window of call dates, a page at a time.
// The calls are found through the index on Call.startedOn, so the work grows with the calls in the
// window, not with the graph.
:param {from: date('2024-01-01'), to: date('2024-03-31'), skip: 0, limit: 21};
MATCH (c:Call)
WHERE c.startedOn >= coalesce($from, date('1900-01-01'))
  AND c.startedOn <= coalesce($to, date('9999-12-31'))
MATCH (c)-[:IN_CAMPAIGN]->(k:Campaign)
OPTIONAL MATCH (c)-[:FROM]->(n:PhoneNumber)
WITH k, count(DISTINCT c) AS calls, count(DISTINCT n) AS callerIds,
     min(c.startedOn) AS firstSeen, max(c.startedOn) AS lastSeen, collect(DISTINCT c) AS calledInWindow
ORDER BY calls DESC, k.name
SKIP $skip
LIMIT $limit
CALL (calledInWindow) {
  UNWIND calledInWindow AS c
  MATCH (c)<-[:TRACES]-(:Traceback)-[:HAS_HOP]->(:Hop)-[:BY]->(p:Provider)
  RETURN count(DISTINCT p) AS providers
}
RETURN k.name AS name, calls, callerIds, providers, firstSeen, lastSeen
ORDER BY calls DESC, name;
