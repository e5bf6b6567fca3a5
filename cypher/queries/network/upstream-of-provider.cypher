// Who sends traffic to provider $providerId, and who sends it to them, up to $depth (1-6)
// hand-overs away? Every provider at its fewest hand-overs from the centre along ROUTES_TO
// (call direction: the far provider hands to the near one), nearest first, then by id, the
// first $maxNodes of them, the centre included (truncated: more were in reach), each with
// the calls it handed to providers one ring nearer the centre; the centre's are all the
// calls handed to it. No row: no such provider.
// The breadth-first walk is unrolled ring by ring (Cypher has no loop; a variable-length
// shortest-path search took minutes on a dense network): each ring is the providers not yet
// seen that hand over into the last ring. It is found from whichever side has fewer
// hand-overs to expand (their counts come from the degree store): the last ring's incoming
// ones, or the unseen providers' outgoing ones. Near a busy centre the last ring is most of
// the network and the unseen few and small, so that side expands a twentieth of the
// relationships (a direction-optimising breadth-first search). A ring beyond $depth is
// skipped, and so is every ring once more than $maxNodes providers are seen: the nearest are
// known by then.
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
OPTIONAL CALL (ring1, seen) {
  WITH ring1, seen WHERE $depth >= 2 AND size(seen) <= $maxNodes AND size(ring1) > 0
  WITH ring1, seen, reduce(n = 0, p IN ring1 | n + COUNT { (p)<-[:ROUTES_TO]-() }) AS nearSide
  CALL (seen, nearSide) {
    // counting the other side pays only when the last ring has more hand-overs than there are providers
    WITH seen WHERE nearSide > COUNT { (:Provider) }
    MATCH (unseen:Provider) WHERE NOT unseen IN seen
    RETURN collect(unseen) AS unseen
  }
  WITH ring1, seen, unseen,
       size(unseen) = 0 OR nearSide <= reduce(n = 0, p IN unseen | n + COUNT { (p)-[:ROUTES_TO]->() }) AS fromNear
  CALL (ring1, seen, unseen, fromNear) {
    UNWIND CASE WHEN fromNear THEN ring1 ELSE [] END AS near
    MATCH (far:Provider)-[r:ROUTES_TO]->(near)
    WHERE NOT far IN seen
    RETURN far, r
    UNION ALL
    UNWIND CASE WHEN fromNear THEN [] ELSE unseen END AS far
    MATCH (far)-[r:ROUTES_TO]->(near)
    WHERE near IN ring1
    RETURN far, r
  }
  WITH far, sum(r.calls) AS calls
  ORDER BY far.providerId
  RETURN collect(far) AS new2, collect({provider: far, distance: 2, calls: calls}) AS found2
}
WITH coalesce(new2, []) AS ring2, found + coalesce(found2, []) AS found, seen + coalesce(new2, []) AS seen
OPTIONAL CALL (ring2, seen) {
  WITH ring2, seen WHERE $depth >= 3 AND size(seen) <= $maxNodes AND size(ring2) > 0
  WITH ring2, seen, reduce(n = 0, p IN ring2 | n + COUNT { (p)<-[:ROUTES_TO]-() }) AS nearSide
  CALL (seen, nearSide) {
    // counting the other side pays only when the last ring has more hand-overs than there are providers
    WITH seen WHERE nearSide > COUNT { (:Provider) }
    MATCH (unseen:Provider) WHERE NOT unseen IN seen
    RETURN collect(unseen) AS unseen
  }
  WITH ring2, seen, unseen,
       size(unseen) = 0 OR nearSide <= reduce(n = 0, p IN unseen | n + COUNT { (p)-[:ROUTES_TO]->() }) AS fromNear
  CALL (ring2, seen, unseen, fromNear) {
    UNWIND CASE WHEN fromNear THEN ring2 ELSE [] END AS near
    MATCH (far:Provider)-[r:ROUTES_TO]->(near)
    WHERE NOT far IN seen
    RETURN far, r
    UNION ALL
    UNWIND CASE WHEN fromNear THEN [] ELSE unseen END AS far
    MATCH (far)-[r:ROUTES_TO]->(near)
    WHERE near IN ring2
    RETURN far, r
  }
  WITH far, sum(r.calls) AS calls
  ORDER BY far.providerId
  RETURN collect(far) AS new3, collect({provider: far, distance: 3, calls: calls}) AS found3
}
WITH coalesce(new3, []) AS ring3, found + coalesce(found3, []) AS found, seen + coalesce(new3, []) AS seen
OPTIONAL CALL (ring3, seen) {
  WITH ring3, seen WHERE $depth >= 4 AND size(seen) <= $maxNodes AND size(ring3) > 0
  WITH ring3, seen, reduce(n = 0, p IN ring3 | n + COUNT { (p)<-[:ROUTES_TO]-() }) AS nearSide
  CALL (seen, nearSide) {
    // counting the other side pays only when the last ring has more hand-overs than there are providers
    WITH seen WHERE nearSide > COUNT { (:Provider) }
    MATCH (unseen:Provider) WHERE NOT unseen IN seen
    RETURN collect(unseen) AS unseen
  }
  WITH ring3, seen, unseen,
       size(unseen) = 0 OR nearSide <= reduce(n = 0, p IN unseen | n + COUNT { (p)-[:ROUTES_TO]->() }) AS fromNear
  CALL (ring3, seen, unseen, fromNear) {
    UNWIND CASE WHEN fromNear THEN ring3 ELSE [] END AS near
    MATCH (far:Provider)-[r:ROUTES_TO]->(near)
    WHERE NOT far IN seen
    RETURN far, r
    UNION ALL
    UNWIND CASE WHEN fromNear THEN [] ELSE unseen END AS far
    MATCH (far)-[r:ROUTES_TO]->(near)
    WHERE near IN ring3
    RETURN far, r
  }
  WITH far, sum(r.calls) AS calls
  ORDER BY far.providerId
  RETURN collect(far) AS new4, collect({provider: far, distance: 4, calls: calls}) AS found4
}
WITH coalesce(new4, []) AS ring4, found + coalesce(found4, []) AS found, seen + coalesce(new4, []) AS seen
OPTIONAL CALL (ring4, seen) {
  WITH ring4, seen WHERE $depth >= 5 AND size(seen) <= $maxNodes AND size(ring4) > 0
  WITH ring4, seen, reduce(n = 0, p IN ring4 | n + COUNT { (p)<-[:ROUTES_TO]-() }) AS nearSide
  CALL (seen, nearSide) {
    // counting the other side pays only when the last ring has more hand-overs than there are providers
    WITH seen WHERE nearSide > COUNT { (:Provider) }
    MATCH (unseen:Provider) WHERE NOT unseen IN seen
    RETURN collect(unseen) AS unseen
  }
  WITH ring4, seen, unseen,
       size(unseen) = 0 OR nearSide <= reduce(n = 0, p IN unseen | n + COUNT { (p)-[:ROUTES_TO]->() }) AS fromNear
  CALL (ring4, seen, unseen, fromNear) {
    UNWIND CASE WHEN fromNear THEN ring4 ELSE [] END AS near
    MATCH (far:Provider)-[r:ROUTES_TO]->(near)
    WHERE NOT far IN seen
    RETURN far, r
    UNION ALL
    UNWIND CASE WHEN fromNear THEN [] ELSE unseen END AS far
    MATCH (far)-[r:ROUTES_TO]->(near)
    WHERE near IN ring4
    RETURN far, r
  }
  WITH far, sum(r.calls) AS calls
  ORDER BY far.providerId
  RETURN collect(far) AS new5, collect({provider: far, distance: 5, calls: calls}) AS found5
}
WITH coalesce(new5, []) AS ring5, found + coalesce(found5, []) AS found, seen + coalesce(new5, []) AS seen
OPTIONAL CALL (ring5, seen) {
  WITH ring5, seen WHERE $depth >= 6 AND size(seen) <= $maxNodes AND size(ring5) > 0
  WITH ring5, seen, reduce(n = 0, p IN ring5 | n + COUNT { (p)<-[:ROUTES_TO]-() }) AS nearSide
  CALL (seen, nearSide) {
    // counting the other side pays only when the last ring has more hand-overs than there are providers
    WITH seen WHERE nearSide > COUNT { (:Provider) }
    MATCH (unseen:Provider) WHERE NOT unseen IN seen
    RETURN collect(unseen) AS unseen
  }
  WITH ring5, seen, unseen,
       size(unseen) = 0 OR nearSide <= reduce(n = 0, p IN unseen | n + COUNT { (p)-[:ROUTES_TO]->() }) AS fromNear
  CALL (ring5, seen, unseen, fromNear) {
    UNWIND CASE WHEN fromNear THEN ring5 ELSE [] END AS near
    MATCH (far:Provider)-[r:ROUTES_TO]->(near)
    WHERE NOT far IN seen
    RETURN far, r
    UNION ALL
    UNWIND CASE WHEN fromNear THEN [] ELSE unseen END AS far
    MATCH (far)-[r:ROUTES_TO]->(near)
    WHERE near IN ring5
    RETURN far, r
  }
  WITH far, sum(r.calls) AS calls
  ORDER BY far.providerId
  RETURN collect(far) AS new6, collect({provider: far, distance: 6, calls: calls}) AS found6
}
WITH coalesce(new6, []) AS ring6, found + coalesce(found6, []) AS found, seen + coalesce(new6, []) AS seen
RETURN size(found) > $maxNodes AS truncated,
       [x IN found[0..$maxNodes] | {id: x.provider.providerId, name: x.provider.name,
        country: x.provider.country, foreign: x.provider.foreign, distance: x.distance,
        calls: x.calls}] AS nodes;
