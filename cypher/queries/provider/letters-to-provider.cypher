// Did this provider stop after its letters? For each letter it received: the traced calls it
// carried (any hop by it, placed or not) made before the letter's date and on or after it, and
// the date of the last call after it. Walks the provider's own hops once per letter.
:param {providerId: 'robo-origin', skip: 0, limit: 21};
MATCH (p:Provider {providerId: $providerId})<-[:ADDRESSED_TO]-(l:Letter)
CALL (p, l) {
  MATCH (p)<-[:BY]-(:Hop)<-[:HAS_HOP]-(t:Traceback)-[:TRACES]->(c:Call)
  WITH DISTINCT t, c.startedOn AS day
  RETURN count(CASE WHEN day < l.issuedOn THEN t END) AS callsBefore,
         count(CASE WHEN day >= l.issuedOn THEN t END) AS callsOnOrAfter,
         count(CASE WHEN day IS NULL THEN t END) AS callsUndated,
         max(CASE WHEN day >= l.issuedOn THEN day END) AS lastCallAfter
}
RETURN l.letterId AS letterId, l.issuer AS issuer, l.issuedOn AS issuedOn, l.kind AS kind,
       callsBefore, callsOnOrAfter, callsUndated, lastCallAfter
ORDER BY issuedOn DESC, letterId
SKIP $skip LIMIT $limit;
