// The hand-overs of provider $providerId's upstream network, $depth (1-6) hand-overs deep, a
// page at a time: every ROUTES_TO hand-over into a provider fewer than $depth hand-overs
// upstream of it (so on a route of at most $depth hand-overs into it; its other end is in
// the network too), busiest first, then by the providers' ids, $skip and $limit. The rings
// are found as in upstream-of-provider.cypher, without the calls. No row: no such provider.
:param {providerId: 'acme-voice', depth: 2, skip: 0, limit: 21};
CYPHER 25
MATCH (center:Provider {providerId: $providerId})
WITH [center] AS ring0, [center] AS seen
CALL (ring0, seen) {
  UNWIND CASE WHEN $depth > 1 THEN ring0 ELSE [] END AS near
  MATCH (far:Provider)-[:ROUTES_TO]->(near)
  WHERE NOT far IN seen
  RETURN collect(DISTINCT far) AS ring1
}
WITH ring1, seen + ring1 AS seen
CALL (ring1, seen) {
  UNWIND CASE WHEN $depth > 2 THEN ring1 ELSE [] END AS near
  MATCH (far:Provider)-[:ROUTES_TO]->(near)
  WHERE NOT far IN seen
  RETURN collect(DISTINCT far) AS ring2
}
WITH ring2, seen + ring2 AS seen
CALL (ring2, seen) {
  UNWIND CASE WHEN $depth > 3 THEN ring2 ELSE [] END AS near
  MATCH (far:Provider)-[:ROUTES_TO]->(near)
  WHERE NOT far IN seen
  RETURN collect(DISTINCT far) AS ring3
}
WITH ring3, seen + ring3 AS seen
CALL (ring3, seen) {
  UNWIND CASE WHEN $depth > 4 THEN ring3 ELSE [] END AS near
  MATCH (far:Provider)-[:ROUTES_TO]->(near)
  WHERE NOT far IN seen
  RETURN collect(DISTINCT far) AS ring4
}
WITH ring4, seen + ring4 AS seen
CALL (ring4, seen) {
  UNWIND CASE WHEN $depth > 5 THEN ring4 ELSE [] END AS near
  MATCH (far:Provider)-[:ROUTES_TO]->(near)
  WHERE NOT far IN seen
  RETURN collect(DISTINCT far) AS ring5
}
WITH seen + ring5 AS seen
CALL (seen) {
  UNWIND seen AS near
  MATCH (far:Provider)-[r:ROUTES_TO]->(near)
  WITH far.providerId AS from, near.providerId AS to, r
  ORDER BY r.calls DESC, from, to
  SKIP $skip
  LIMIT $limit
  RETURN collect({from: from, to: to, calls: r.calls, firstSeen: r.firstSeen, lastSeen: r.lastSeen}) AS handOvers
}
RETURN handOvers;
