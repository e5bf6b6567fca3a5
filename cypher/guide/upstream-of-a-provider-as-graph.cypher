// Who keeps sending traffic to this provider, as a picture: the providers up to two hand-overs
// upstream of it on the provider network (ROUTES_TO, in call direction, with the calls handed
// over on each), at most 50 routes.
:param {providerId: 'big-carrier'};
MATCH route = (:Provider)-[:ROUTES_TO*1..2]->(:Provider {providerId: $providerId})
RETURN route
LIMIT 50;
