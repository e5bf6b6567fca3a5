// Who is this provider and what has it carried? Its identity, its traced calls by role (the
// counters kept at ingest), the campaigns it carried most (top $top, from its hops), the letters
// it received, and its top $partners upstream and downstream partners on the provider network
// (ROUTES_TO: who hands it traffic, and to whom it hands traffic). Each capped list says whether
// the cap cut it.
:param {providerId: 'big-carrier', top: 20, partners: 10};
MATCH (p:Provider {providerId: $providerId})
WITH p,
     COLLECT {
       MATCH (p)<-[:BY]-(:Hop)<-[:HAS_HOP]-(t:Traceback)-[:TRACES]->(:Call)-[:IN_CAMPAIGN]->(k:Campaign)
       WITH k, count(DISTINCT t) AS calls
       ORDER BY calls DESC, k.name
       LIMIT $top + 1
       RETURN {name: k.name, calls: calls}
     } AS campaigns,
     COLLECT {
       MATCH (upstream:Provider)-[r:ROUTES_TO]->(p)
       WITH upstream, r ORDER BY r.calls DESC, upstream.providerId
       LIMIT $partners + 1
       RETURN {providerId: upstream.providerId, name: upstream.name, calls: r.calls, firstSeen: r.firstSeen,
               lastSeen: r.lastSeen}
     } AS upstream,
     COLLECT {
       MATCH (p)-[r:ROUTES_TO]->(downstream:Provider)
       WITH downstream, r ORDER BY r.calls DESC, downstream.providerId
       LIMIT $partners + 1
       RETURN {providerId: downstream.providerId, name: downstream.name, calls: r.calls, firstSeen: r.firstSeen,
               lastSeen: r.lastSeen}
     } AS downstream,
     coalesce(p.tracedHops, 0) AS tracedHops, coalesce(p.noResponses, 0) AS noResponses
RETURN p.providerId AS providerId, p.name AS name, p.normalizedName AS normalizedName, p.country AS country,
       p.foreign AS foreign,
       coalesce(p.tracedCalls, 0) AS tracedCalls,
       coalesce(p.callsAsOriginating, 0) AS originating, coalesce(p.callsAsGateway, 0) AS gateway,
       coalesce(p.callsAsIntermediate, 0) AS intermediate, coalesce(p.callsAsTerminating, 0) AS terminating,
       coalesce(p.callsAsUnknown, 0) AS unknown,
       tracedHops, noResponses, coalesce(p.lateResponses, 0) AS lateResponses,
       CASE WHEN tracedHops > 0 THEN round(toFloat(noResponses) / tracedHops, 4) END AS nonResponseShare,
       p.firstSeen AS firstSeen, p.lastSeen AS lastSeen,
       campaigns[0..$top] AS campaigns, size(campaigns) > $top AS campaignsTruncated,
       COLLECT {
         MATCH (l:Letter)-[:ADDRESSED_TO]->(p)
         WITH l ORDER BY l.issuedOn DESC, l.letterId
         RETURN {letterId: l.letterId, issuer: l.issuer, issuedOn: l.issuedOn, kind: l.kind}
       } AS letters,
       upstream[0..$partners] AS upstream, size(upstream) > $partners AS upstreamTruncated,
       downstream[0..$partners] AS downstream, size(downstream) > $partners AS downstreamTruncated;
