// Other caller IDs that hang together with this one: those used in the same campaigns, or on calls
// originated by the same providers, ranked by how much they share. Each campaign and originator is
// read for at most $sample calls, so a huge campaign or carrier costs no more than that.
:param {e164: '+12125550101', sample: 10000, top: 20};
MATCH (n:PhoneNumber {e164: $e164})<-[:FROM]-(c:Call)
WITH n, c
LIMIT $sample
OPTIONAL MATCH (c)-[:IN_CAMPAIGN]->(k:Campaign)
OPTIONAL MATCH (c)<-[:TRACES]-(:Traceback)-[:HAS_HOP]->(:Hop:Originating)-[:BY]->(o:Provider)
WITH n, collect(DISTINCT k) AS campaigns, collect(DISTINCT o) AS originators
CALL (n, campaigns, originators) {
  UNWIND campaigns AS k
  CALL (k) {
    MATCH (k)<-[:IN_CAMPAIGN]-(other:Call)
    RETURN other
    LIMIT $sample
  }
  MATCH (other)-[:FROM]->(m:PhoneNumber)
  WHERE m <> n
  RETURN m, k.name AS campaign, null AS originator
  UNION
  UNWIND originators AS o
  CALL (o) {
    MATCH (o)<-[:BY]-(:Hop:Originating)<-[:HAS_HOP]-(:Traceback)-[:TRACES]->(other:Call)
    RETURN other
    LIMIT $sample
  }
  MATCH (other)-[:FROM]->(m:PhoneNumber)
  WHERE m <> n
  RETURN m, null AS campaign, o.providerId AS originator
}
WITH m, collect(DISTINCT campaign) AS sharedCampaigns, collect(DISTINCT originator) AS sharedOriginators
RETURN m.e164 AS callerId, sharedCampaigns, sharedOriginators,
       size(sharedCampaigns) + size(sharedOriginators) AS overlap
ORDER BY overlap DESC, callerId
LIMIT $top;
