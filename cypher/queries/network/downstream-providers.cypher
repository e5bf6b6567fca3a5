// Whom does this provider hand its traffic to? The providers downstream of it along ROUTES_TO
// (call direction: upstream -> downstream), each at its distance in hand-overs (the
// provider itself at 0), up to $depth (1-6), nearest first, at most $maxNodes providers
// (truncated says whether more were in reach), and every ROUTES_TO hand-over among them
// that lies on a route of at most $depth hand-overs out of the provider. No row: no such provider.
// One breadth-first search over the aggregated provider network (never over hops).
:param {providerId: 'big-carrier', depth: 2, maxNodes: 500};
CYPHER 25
MATCH (center:Provider {providerId: $providerId})
CALL (center) {
  MATCH p = ANY SHORTEST (center)-[:ROUTES_TO]->{1,6}(other:Provider)
  WHERE length(p) <= $depth AND other <> center
  WITH other, length(p) AS distance
  ORDER BY distance, other.providerId
  LIMIT $maxNodes
  RETURN collect({provider: other, distance: distance}) AS found
}
WITH [{provider: center, distance: 0}] + found AS reached
WITH reached[0..$maxNodes] AS kept, size(reached) > $maxNodes AS truncated
WITH kept, truncated, [node IN kept | node.provider] AS members
CALL (kept, members, truncated) {
  UNWIND kept AS node
  WITH node
  WHERE node.distance < $depth
  WITH node.provider AS upstream
  MATCH (upstream)-[r:ROUTES_TO]->(downstream)
  WHERE NOT truncated OR downstream IN members
  RETURN collect({from: upstream.providerId, to: downstream.providerId, calls: r.calls,
                  firstSeen: r.firstSeen, lastSeen: r.lastSeen}) AS edges
}
RETURN [node IN kept | {id: node.provider.providerId, name: node.provider.name,
                        country: node.provider.country, foreign: node.provider.foreign,
                        distance: node.distance}] AS nodes,
       edges,
       truncated;
