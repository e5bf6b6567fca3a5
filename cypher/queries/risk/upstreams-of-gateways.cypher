// Per gateway provider: its gateway hops whose upstream hop is known, and those where the
// upstream provider is foreign. Walks the hops of gateway providers only (found by the
// callsAsGateway index).
:param {};
MATCH (p:Provider) WHERE p.callsAsGateway > 0
MATCH (p)<-[:BY]-(:Hop:Gateway)-[:RECEIVED_FROM]->(:Hop)-[:BY]->(upstream:Provider)
RETURN p.providerId AS providerId, count(*) AS upstreamKnown,
       count(CASE WHEN upstream.foreign THEN 1 END) AS upstreamForeign;
