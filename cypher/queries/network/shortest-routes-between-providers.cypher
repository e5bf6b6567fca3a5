// How does traffic get from provider $from to provider $to? The shortest routes along
// ROUTES_TO in call direction, at most $maxHops hand-overs (1-10), never visiting a
// provider twice: fewest hand-overs first, then the busiest bottleneck (the fewest calls
// on any of the route's hand-overs), then provider ids; the first $k (1-10) of them.
// Neo4j's SHORTEST 10 picks at most 10 routes; if more than 10 tie in length, which of
// them it picks is its choice. Both providers must exist (checked apart).
:param {from: 'robo-origin', to: 'acme-voice', maxHops: 6, k: 3};
CYPHER 25
MATCH (source:Provider {providerId: $from}), (target:Provider {providerId: $to})
MATCH p = SHORTEST 10 ((source) (()-[r:ROUTES_TO]->(n)){1,10} (target)
  WHERE size(r) <= $maxHops AND allReduce(seen = [source], x IN n | seen + x, NOT x IN seen[0..-1]))
WITH p, r, coll.min([hop IN r | hop.calls]) AS bottleneck, [x IN nodes(p) | x.providerId] AS ids
ORDER BY length(p), bottleneck DESC, ids
LIMIT $k
RETURN [x IN nodes(p) | {id: x.providerId, name: x.name}] AS providers,
       [hop IN r | {from: startNode(hop).providerId, to: endNode(hop).providerId, calls: hop.calls,
                    firstSeen: hop.firstSeen, lastSeen: hop.lastSeen}] AS edges,
       length(p) AS hops,
       bottleneck;
