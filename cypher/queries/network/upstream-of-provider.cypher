// Who sends traffic to provider $providerId, and who sends it to them, up to $depth (1-6)
// hand-overs away? Every provider at its fewest hand-overs from the centre along ROUTES_TO
// (call direction: the far provider hands to the near one), nearest first, then by id, the
// first $maxNodes of them, the centre included (truncated: more were in reach), each with
// the calls it handed to providers one ring nearer the centre; the centre's are all the
// calls handed to it. No row: no such provider.
// The breadth-first walk is unrolled ring by ring (Cypher has no loop; a variable-length
// shortest-path search took minutes on a dense network): each ring is the hand-overs into
// the last ring from providers not yet seen. A ring beyond $depth is skipped, and so is
// every ring once more than $maxNodes providers are seen: the nearest are known by then.
:param {providerId: 'acme-voice', depth: 3, maxNodes: 500};
CYPHER 25
MATCH (center:Provider {providerId: $providerId})
CALL (center) {
  MATCH (far:Provider)-[r:ROUTES_TO]->(center)
  WITH far, sum(r.calls) AS calls
  ORDER BY far.providerId
  RETURN collect(far) AS ring1, collect({provider: far, distance: 1, calls: calls}) AS found1
}
WITH ring1, [{provider: center, distance: 0, calls: reduce(all = 0, x IN found1 | all + x.calls)}] + found1 AS found,
     [center] + ring1 AS seen
CALL (ring1, seen) {
  UNWIND CASE WHEN $depth >= 2 AND size(seen) <= $maxNodes THEN ring1 ELSE [] END AS near
  MATCH (far:Provider)-[r:ROUTES_TO]->(near)
  WHERE NOT far IN seen
  WITH far, sum(r.calls) AS calls
  ORDER BY far.providerId
  RETURN collect(far) AS ring2, collect({provider: far, distance: 2, calls: calls}) AS found2
}
WITH ring2, found + found2 AS found, seen + ring2 AS seen
CALL (ring2, seen) {
  UNWIND CASE WHEN $depth >= 3 AND size(seen) <= $maxNodes THEN ring2 ELSE [] END AS near
  MATCH (far:Provider)-[r:ROUTES_TO]->(near)
  WHERE NOT far IN seen
  WITH far, sum(r.calls) AS calls
  ORDER BY far.providerId
  RETURN collect(far) AS ring3, collect({provider: far, distance: 3, calls: calls}) AS found3
}
WITH ring3, found + found3 AS found, seen + ring3 AS seen
CALL (ring3, seen) {
  UNWIND CASE WHEN $depth >= 4 AND size(seen) <= $maxNodes THEN ring3 ELSE [] END AS near
  MATCH (far:Provider)-[r:ROUTES_TO]->(near)
  WHERE NOT far IN seen
  WITH far, sum(r.calls) AS calls
  ORDER BY far.providerId
  RETURN collect(far) AS ring4, collect({provider: far, distance: 4, calls: calls}) AS found4
}
WITH ring4, found + found4 AS found, seen + ring4 AS seen
CALL (ring4, seen) {
  UNWIND CASE WHEN $depth >= 5 AND size(seen) <= $maxNodes THEN ring4 ELSE [] END AS near
  MATCH (far:Provider)-[r:ROUTES_TO]->(near)
  WHERE NOT far IN seen
  WITH far, sum(r.calls) AS calls
  ORDER BY far.providerId
  RETURN collect(far) AS ring5, collect({provider: far, distance: 5, calls: calls}) AS found5
}
WITH ring5, found + found5 AS found, seen + ring5 AS seen
CALL (ring5, seen) {
  UNWIND CASE WHEN $depth >= 6 AND size(seen) <= $maxNodes THEN ring5 ELSE [] END AS near
  MATCH (far:Provider)-[r:ROUTES_TO]->(near)
  WHERE NOT far IN seen
  WITH far, sum(r.calls) AS calls
  ORDER BY far.providerId
  RETURN collect(far) AS ring6, collect({provider: far, distance: 6, calls: calls}) AS found6
}
WITH found + found6 AS found
RETURN size(found) > $maxNodes AS truncated,
       [x IN found[0..$maxNodes] | {id: x.provider.providerId, name: x.provider.name,
        country: x.provider.country, foreign: x.provider.foreign, distance: x.distance,
        calls: x.calls}] AS nodes;
