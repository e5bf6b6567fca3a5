// Which providers are on the most traced illegal calls, as originator, gateway, intermediate,
// terminating provider, at an unknown position, or in any role, over everything stored?
// Reads the per-provider counters kept at ingest: each role's counter has a range index, so
// the page is read from the index in order (no provider's hops are walked to rank). Distinct
// campaigns are counted for the page's providers only. $role: ANY or a hop role.
:param {role: 'ORIGINATING', minCalls: 1, skip: 0, limit: 21};
CYPHER 25
CALL () {
  WHEN $role = 'ORIGINATING' THEN {
    MATCH (p:Provider) WHERE p.callsAsOriginating >= $minCalls
    RETURN p ORDER BY p.callsAsOriginating DESC, p.providerId SKIP $skip LIMIT $limit }
  WHEN $role = 'GATEWAY' THEN {
    MATCH (p:Provider) WHERE p.callsAsGateway >= $minCalls
    RETURN p ORDER BY p.callsAsGateway DESC, p.providerId SKIP $skip LIMIT $limit }
  WHEN $role = 'INTERMEDIATE' THEN {
    MATCH (p:Provider) WHERE p.callsAsIntermediate >= $minCalls
    RETURN p ORDER BY p.callsAsIntermediate DESC, p.providerId SKIP $skip LIMIT $limit }
  WHEN $role = 'TERMINATING' THEN {
    MATCH (p:Provider) WHERE p.callsAsTerminating >= $minCalls
    RETURN p ORDER BY p.callsAsTerminating DESC, p.providerId SKIP $skip LIMIT $limit }
  WHEN $role = 'UNKNOWN' THEN {
    MATCH (p:Provider) WHERE p.callsAsUnknown >= $minCalls
    RETURN p ORDER BY p.callsAsUnknown DESC, p.providerId SKIP $skip LIMIT $limit }
  ELSE {
    MATCH (p:Provider) WHERE p.tracedCalls >= $minCalls
    RETURN p ORDER BY p.tracedCalls DESC, p.providerId SKIP $skip LIMIT $limit }
}
WITH p, CASE $role
    WHEN 'ORIGINATING' THEN p.callsAsOriginating
    WHEN 'GATEWAY' THEN p.callsAsGateway
    WHEN 'INTERMEDIATE' THEN p.callsAsIntermediate
    WHEN 'TERMINATING' THEN p.callsAsTerminating
    WHEN 'UNKNOWN' THEN p.callsAsUnknown
    ELSE p.tracedCalls END AS roleCalls
RETURN p.providerId AS providerId, p.name AS name, p.country AS country,
       p.tracedCalls AS tracedCalls,
       coalesce(p.callsAsOriginating, 0) AS originating, coalesce(p.callsAsGateway, 0) AS gateway,
       coalesce(p.callsAsIntermediate, 0) AS intermediate, coalesce(p.callsAsTerminating, 0) AS terminating,
       coalesce(p.callsAsUnknown, 0) AS unknown,
       COUNT {
         MATCH (p)<-[:BY]-(:Hop)<-[:HAS_HOP]-(:Traceback)-[:TRACES]->(:Call)-[:IN_CAMPAIGN]->(k:Campaign)
         RETURN DISTINCT k
       } AS campaigns,
       p.firstSeen AS firstSeen, p.lastSeen AS lastSeen,
       coalesce(p.tracedHops, 0) AS tracedHops, coalesce(p.noResponses, 0) AS noResponses,
       coalesce(p.lateResponses, 0) AS lateResponses,
       CASE WHEN p.tracedHops > 0 THEN round(toFloat(coalesce(p.noResponses, 0)) / p.tracedHops, 4) END
         AS nonResponseShare
ORDER BY roleCalls DESC, providerId;
