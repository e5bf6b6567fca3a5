// To whom do these providers hand traffic? Every ROUTES_TO hand-over out of them (call
// direction: upstream -> downstream) with its calls and first and last call date: one ring of
// the breadth-first walk downstream from a provider, which the app repeats up to the asked depth.
:param {providerIds: ['robo-origin']};
UNWIND $providerIds AS providerId
MATCH (:Provider {providerId: providerId})-[r:ROUTES_TO]->(downstream:Provider)
RETURN providerId AS from, downstream.providerId AS to, r.calls AS calls, r.firstSeen AS firstSeen,
       r.lastSeen AS lastSeen;
