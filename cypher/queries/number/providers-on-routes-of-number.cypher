// The providers on the routes of the calls that showed this caller ID: the roles they had and how
// many of those calls they carried (from at most $sample of the number's calls).
:param {e164: '+12125550101', sample: 10000, top: 50};
MATCH (:PhoneNumber {e164: $e164})<-[:FROM]-(c:Call)
WITH c
LIMIT $sample
MATCH (c)<-[:TRACES]-(:Traceback)-[:HAS_HOP]->(h:Hop)-[:BY]->(p:Provider)
WITH p, collect(DISTINCT CASE WHEN h:Terminating THEN 'TERMINATING' WHEN h:Intermediate THEN 'INTERMEDIATE'
                        WHEN h:Gateway THEN 'GATEWAY' WHEN h:Originating THEN 'ORIGINATING' ELSE 'UNKNOWN' END) AS roles,
      count(DISTINCT c) AS calls
RETURN p.providerId AS providerId, p.name AS name, roles, calls
ORDER BY calls DESC, providerId
LIMIT $top;
