// The whole provider network in call direction with its traffic, for propagating risk from
// upstream providers to the providers that take their calls.
:param {};
MATCH (upstream:Provider)-[r:ROUTES_TO]->(downstream:Provider)
RETURN upstream.providerId AS upstreamId, downstream.providerId AS downstreamId, r.calls AS calls;
