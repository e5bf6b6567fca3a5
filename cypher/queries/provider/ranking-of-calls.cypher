// Which providers are on the most traced illegal calls of this campaign and/or in this window of
// call dates, in a role or in any role? Starts from the calls that match (the campaign's calls,
// or the call-date index for a window alone), then walks their tracebacks' hops to the
// providers: the work grows with the calls in the filter, not with the providers' size.
// $campaign and $from/$to may each be null (not both: without filters the ranking reads the
// counters, see ranking-by-counters). A traced call is a traceback.
:param {campaign: 'Amazon-Impers-P2', from: date('2024-04-01'), to: date('2024-06-30'), role: 'ANY', minCalls: 1,
        skip: 0, limit: 21};
CYPHER 25
CALL () {
  WHEN $campaign IS NOT NULL THEN {
    MATCH (:Campaign {name: $campaign})<-[:IN_CAMPAIGN]-(c:Call)
    WHERE ($from IS NULL OR c.startedOn >= $from) AND ($to IS NULL OR c.startedOn <= $to)
    RETURN c }
  ELSE {
    MATCH (c:Call)
    WHERE c.startedOn >= coalesce($from, date('0001-01-01')) AND c.startedOn <= coalesce($to, date('9999-12-31'))
    RETURN c }
}
OPTIONAL MATCH (c)-[:IN_CAMPAIGN]->(k:Campaign)
MATCH (c)<-[:TRACES]-(t:Traceback)-[:HAS_HOP]->(h:Hop)-[:BY]->(p:Provider)
WITH p, t, c, k, count(h) AS hops,
     count(CASE WHEN h:NoResponse THEN h END) AS noResponses, count(CASE WHEN h:Late THEN h END) AS lateResponses,
     max(CASE WHEN h:Originating THEN 1 ELSE 0 END) AS originating, max(CASE WHEN h:Gateway THEN 1 ELSE 0 END) AS gateway,
     max(CASE WHEN h:Intermediate THEN 1 ELSE 0 END) AS intermediate,
     max(CASE WHEN h:Terminating THEN 1 ELSE 0 END) AS terminating, max(CASE WHEN h:UnknownRole THEN 1 ELSE 0 END) AS unknown
WITH p, count(t) AS tracedCalls,
     sum(originating) AS originating, sum(gateway) AS gateway, sum(intermediate) AS intermediate,
     sum(terminating) AS terminating, sum(unknown) AS unknown,
     count(DISTINCT k) AS campaigns, min(c.startedOn) AS firstSeen, max(c.startedOn) AS lastSeen,
     sum(hops) AS tracedHops, sum(noResponses) AS noResponses, sum(lateResponses) AS lateResponses
WITH *, CASE $role
    WHEN 'ORIGINATING' THEN originating
    WHEN 'GATEWAY' THEN gateway
    WHEN 'INTERMEDIATE' THEN intermediate
    WHEN 'TERMINATING' THEN terminating
    WHEN 'UNKNOWN' THEN unknown
    ELSE tracedCalls END AS roleCalls
WHERE roleCalls >= $minCalls
RETURN p.providerId AS providerId, p.name AS name, p.country AS country, tracedCalls,
       originating, gateway, intermediate, terminating, unknown, campaigns, firstSeen, lastSeen,
       tracedHops, noResponses, lateResponses,
       CASE WHEN tracedHops > 0 THEN round(toFloat(noResponses) / tracedHops, 4) END AS nonResponseShare
ORDER BY roleCalls DESC, providerId
SKIP $skip LIMIT $limit;
