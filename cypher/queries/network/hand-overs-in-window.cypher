// The provider network of the calls made from $from to $to (inclusive; either may be null):
// their hop chains (terminating hop)-[:RECEIVED_FROM]->(upstream hop), summed per
// (upstream provider -> downstream provider) like ROUTES_TO: calls, first and last call
// date. ROUTES_TO holds no per-date counts, so this seeks the calls by the Call.startedOn
// index and walks their hops, never a provider's hops. More than $maxCalls calls:
// tooManyCalls and no hand-overs (the app asks for a narrower window).
:param {from: date('2024-01-01'), to: date('2024-03-31'), maxCalls: 200000};
CYPHER 25
CALL () {
  MATCH (call:Call)
  WHERE call.startedOn >= coalesce($from, date('1900-01-01'))
    AND call.startedOn <= coalesce($to, date('9999-12-31'))
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
