// The newest letters (cease-and-desist demands, warnings, notices): who sent each, when, to whom,
// and how many tracebacks it cites.
:param {limit: 10};
MATCH (l:Letter)
WITH l ORDER BY l.issuedOn DESC, l.letterId LIMIT $limit
RETURN l.letterId AS letterId, l.issuer AS issuer, l.issuedOn AS issuedOn, l.kind AS kind,
       COLLECT {
         MATCH (l)-[:ADDRESSED_TO]->(p:Provider)
         RETURN {providerId: p.providerId, name: p.name} ORDER BY p.providerId
       } AS recipients,
       COUNT { (l)-[:CITES]->() } AS tracebacks
ORDER BY issuedOn DESC, letterId;
