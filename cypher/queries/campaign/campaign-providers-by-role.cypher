// The providers on a campaign's routes, per role (ORIGINATING, GATEWAY, ...), each with the number
// of the campaign's calls it carried in that role; at most $top providers per role, and whether
// the role had more.
:param {name: 'Amazon-Impers-P2', top: 20};
MATCH (:Campaign {name: $name})<-[:IN_CAMPAIGN]-(c:Call)<-[:TRACES]-(:Traceback)-[:HAS_HOP]->(h:Hop)-[:BY]->(p:Provider)
WITH CASE WHEN h:Terminating THEN 'TERMINATING' WHEN h:Intermediate THEN 'INTERMEDIATE'
       WHEN h:Gateway THEN 'GATEWAY' WHEN h:Originating THEN 'ORIGINATING' ELSE 'UNKNOWN' END AS role,
     p, count(DISTINCT c) AS calls
ORDER BY role, calls DESC, p.providerId
WITH role, collect({providerId: p.providerId, name: p.name, calls: calls}) AS providers
RETURN role, providers[..$top] AS providers, size(providers) > $top AS truncated
ORDER BY role;
