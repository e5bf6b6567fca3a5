// Providers on illegal routes with a registry flag (NO_FILING, UNRESOLVED, REMOVED_FILING,
// NO_STIR_SHAKEN, UNDECLARED_GATEWAY; null for any flag): how many traced calls each carried in
// the window and campaign, busiest first. Walks the flagged providers' hops.
:param {flag: 'NO_FILING', from: null, to: null, campaign: null, skip: 0, limit: 21};
MATCH (p:Provider)
WHERE size(coalesce(p.registryFlags, [])) > 0 AND ($flag IS NULL OR $flag IN p.registryFlags)
CALL (p) {
  MATCH (p)<-[:BY]-(:Hop)<-[:HAS_HOP]-(t:Traceback)-[:TRACES]->(c:Call)
  WHERE ($from IS NULL OR c.startedOn >= $from) AND ($to IS NULL OR c.startedOn <= $to)
    AND ($campaign IS NULL OR EXISTS { (c)-[:IN_CAMPAIGN]->(:Campaign {name: $campaign}) })
  RETURN count(DISTINCT c) AS calls, min(c.startedOn) AS firstSeen, max(c.startedOn) AS lastSeen
}
WITH p, calls, firstSeen, lastSeen WHERE calls > 0
RETURN p.providerId AS providerId, p.name AS name, p.country AS country, p.registryFlags AS flags,
       calls, firstSeen, lastSeen,
       COLLECT { MATCH (p)-[:FILED_AS]->(f:Filing) RETURN f.rmdNumber ORDER BY f.rmdNumber } AS rmdNumbers
ORDER BY calls DESC, providerId
SKIP $skip LIMIT $limit;
