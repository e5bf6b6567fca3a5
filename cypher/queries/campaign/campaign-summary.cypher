// One campaign at a glance: its traced calls, distinct caller IDs and providers, first and last
// call date, and the letters that name it.
:param {name: 'Amazon-Impers-P2'};
MATCH (k:Campaign {name: $name})
CALL (k) {
  OPTIONAL MATCH (k)<-[:IN_CAMPAIGN]-(c:Call)
  OPTIONAL MATCH (c)-[:FROM]->(n:PhoneNumber)
  RETURN count(DISTINCT c) AS calls, count(DISTINCT n) AS callerIds,
         min(c.startedOn) AS firstSeen, max(c.startedOn) AS lastSeen
}
CALL (k) {
  OPTIONAL MATCH (k)<-[:IN_CAMPAIGN]-(:Call)<-[:TRACES]-(:Traceback)-[:HAS_HOP]->(:Hop)-[:BY]->(p:Provider)
  RETURN count(DISTINCT p) AS providers
}
RETURN k.name AS name, calls, callerIds, providers, firstSeen, lastSeen,
       COLLECT {
         MATCH (k)<-[:NAMES]-(l:Letter)
         RETURN {letterId: l.letterId, issuer: l.issuer, issuedOn: l.issuedOn, kind: l.kind}
       } AS letters;
