// Campaigns ranked by traced calls, a page at a time. The call count is the Campaign node's
// IN_CAMPAIGN degree (read in constant time, however big the campaign); the other figures
// are computed for the campaigns of the page only.
:param {skip: 0, limit: 21};
MATCH (k:Campaign)
WITH k, COUNT { (k)<-[:IN_CAMPAIGN]-() } AS calls
WHERE calls > 0
ORDER BY calls DESC, k.name
SKIP $skip
LIMIT $limit
CALL (k) {
  MATCH (k)<-[:IN_CAMPAIGN]-(c:Call)
  OPTIONAL MATCH (c)-[:FROM]->(n:PhoneNumber)
  RETURN count(DISTINCT n) AS callerIds, min(c.startedOn) AS firstSeen, max(c.startedOn) AS lastSeen
}
CALL (k) {
  MATCH (k)<-[:IN_CAMPAIGN]-(:Call)<-[:TRACES]-(:Traceback)-[:HAS_HOP]->(:Hop)-[:BY]->(p:Provider)
  RETURN count(DISTINCT p) AS providers
}
RETURN k.name AS name, calls, callerIds, providers, firstSeen, lastSeen
ORDER BY calls DESC, name;
