// The provider network of one campaign: its traced calls (optionally only those made from
// $from to $to, inclusive) and their hop chains (terminating hop)-[:RECEIVED_FROM]->(upstream hop),
// summed per (upstream provider -> downstream provider) like ROUTES_TO: calls, first and last
// call date. ROUTES_TO holds no campaigns, so this walks the campaign's calls, never a
// provider's hops. More than $maxCalls matching calls: tooManyCalls and no hand-overs (the
// app asks for a narrower filter). No row: no such campaign.
:param {campaign: 'Amazon-Impers-P2', from: date('2024-01-01'), to: date('2024-03-31'), maxCalls: 200000};
CYPHER 25
MATCH (campaign:Campaign {name: $campaign})
CALL (campaign) {
  MATCH (campaign)<-[:IN_CAMPAIGN]-(call:Call)
  WHERE ($from IS NULL OR call.startedOn >= $from) AND ($to IS NULL OR call.startedOn <= $to)
  WITH call
  LIMIT $maxCalls + 1
  RETURN collect(call) AS calls
}
CALL (calls) {
  UNWIND CASE WHEN size(calls) > $maxCalls THEN [] ELSE calls END AS call
  MATCH (call)<-[:TRACES]-(:Traceback)-[:HAS_HOP]->(down:Hop)-[:RECEIVED_FROM]->(up:Hop),
        (up)-[:BY]->(upstream:Provider),
        (down)-[:BY]->(downstream:Provider)
  WHERE upstream <> downstream
  WITH upstream, downstream, count(*) AS handOvers, min(call.startedOn) AS firstSeen,
       max(call.startedOn) AS lastSeen
  RETURN collect({from: upstream.providerId, to: downstream.providerId, calls: handOvers,
                  firstSeen: firstSeen, lastSeen: lastSeen}) AS edges
}
RETURN size(calls) > $maxCalls AS tooManyCalls, edges;
