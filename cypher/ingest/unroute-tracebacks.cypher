// Takes these tracebacks' hand-overs out of the provider network (ROUTES_TO), before their
// hops are replaced. A relationship left with no calls is deleted.
:param {tracebackIds: ['T-DOES-NOT-EXIST']};
UNWIND $tracebackIds AS tracebackId
MATCH (:Traceback {tracebackId: tracebackId})-[:HAS_HOP]->(downstreamHop:Hop)-[:RECEIVED_FROM]->(upstreamHop:Hop)
MATCH (downstreamHop)-[:BY]->(downstream:Provider)
MATCH (upstreamHop)-[:BY]->(upstream:Provider)
WHERE upstream <> downstream
WITH upstream, downstream, count(*) AS calls
MATCH (upstream)-[route:ROUTES_TO]->(downstream)
SET route.calls = route.calls - calls
WITH route
WHERE route.calls <= 0
DELETE route;
