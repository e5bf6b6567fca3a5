// Who hands traffic to these providers? Every ROUTES_TO hand-over into them (call direction:
// upstream -> downstream) with its calls and first and last call date: one ring of the
// breadth-first walk upstream from a provider, which the app repeats up to the asked depth.
:param {providerIds: ['big-carrier']};
UNWIND $providerIds AS providerId
MATCH (upstream:Provider)-[r:ROUTES_TO]->(:Provider {providerId: providerId})
RETURN upstream.providerId AS from, providerId AS to, r.calls AS calls, r.firstSeen AS firstSeen,
       r.lastSeen AS lastSeen;
