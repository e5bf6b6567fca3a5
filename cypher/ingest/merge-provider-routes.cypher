// Adds a batch's hand-overs to the provider network: one ROUTES_TO per ordered pair of
// providers, in call direction (upstream provider -> downstream provider), counting calls
// and the first and last call date seen. Ingest sums the batch per pair first.
:param {routes: [{upstreamId: 'example-originating', downstreamId: 'example-terminating', calls: 1,
                 firstSeen: date('2023-09-07'), lastSeen: date('2023-09-07')}]};
UNWIND $routes AS route
MATCH (upstream:Provider {providerId: route.upstreamId})
MATCH (downstream:Provider {providerId: route.downstreamId})
MERGE (upstream)-[r:ROUTES_TO]->(downstream)
ON CREATE SET r.calls = 0
SET r.calls = r.calls + route.calls,
    r.firstSeen = CASE
      WHEN route.firstSeen IS NULL THEN r.firstSeen
      WHEN r.firstSeen IS NULL OR route.firstSeen < r.firstSeen THEN route.firstSeen
      ELSE r.firstSeen END,
    r.lastSeen = CASE
      WHEN route.lastSeen IS NULL THEN r.lastSeen
      WHEN r.lastSeen IS NULL OR route.lastSeen > r.lastSeen THEN route.lastSeen
      ELSE r.lastSeen END
RETURN count(r) AS routes;
