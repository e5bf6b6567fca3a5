// Which providers are on the most traced illegal calls of this campaign, in a role or in any role,
// optionally in a window of call dates? Reads the campaign's counters kept at ingest
// (add-to-provider-day-counters; `counts` is [calls, originating, gateway,
// intermediate, terminating, unknown, hops, noResponses, lateResponses]), not its calls' hops: one counter per provider and call date, and, without
// a window, one per provider for the campaign's undated calls. A traced call is a traceback, as in
// ranking-of-calls. $from and $to may be null.
:param {campaign: 'Amazon-Impers-P2', from: null, to: null, role: 'ANY', minCalls: 1, skip: 0, limit: 21};
CYPHER 25
CALL () {
  MATCH (d:ProviderCampaignDay)
  WHERE d.campaign = $campaign AND d.providerId IS NOT NULL
    AND d.day >= coalesce($from, date('-999999999-01-01')) AND d.day <= coalesce($to, date('+999999999-12-31'))
  RETURN d AS counter
  UNION ALL
  MATCH (u:ProviderCampaignUndated)
  WHERE $from IS NULL AND $to IS NULL AND u.campaign = $campaign AND u.providerId IS NOT NULL
  RETURN u AS counter
}
WITH counter.providerId AS providerId, sum(counter.counts[0]) AS tracedCalls, sum(counter.counts[1]) AS originating,
     sum(counter.counts[2]) AS gateway, sum(counter.counts[3]) AS intermediate,
     sum(counter.counts[4]) AS terminating, sum(counter.counts[5]) AS unknown, min(counter.day) AS firstSeen,
     max(counter.day) AS lastSeen, sum(counter.counts[6]) AS tracedHops, sum(counter.counts[7]) AS noResponses,
     sum(counter.counts[8]) AS lateResponses
WITH *, CASE $role
    WHEN 'ORIGINATING' THEN originating
    WHEN 'GATEWAY' THEN gateway
    WHEN 'INTERMEDIATE' THEN intermediate
    WHEN 'TERMINATING' THEN terminating
    WHEN 'UNKNOWN' THEN unknown
    ELSE tracedCalls END AS roleCalls
WHERE roleCalls >= $minCalls
ORDER BY roleCalls DESC, providerId
SKIP $skip LIMIT $limit
MATCH (p:Provider {providerId: providerId})
RETURN p.providerId AS providerId, p.name AS name, p.country AS country, tracedCalls,
       originating, gateway, intermediate, terminating, unknown, 1 AS campaigns, firstSeen, lastSeen,
       tracedHops, noResponses, lateResponses,
       CASE WHEN tracedHops > 0 THEN round(toFloat(noResponses) / tracedHops, 4) END AS nonResponseShare
ORDER BY roleCalls DESC, providerId;
