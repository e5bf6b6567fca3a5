// Which providers are on the most traced illegal calls of this campaign, in a role or in any role,
// optionally in a window of call dates? Reads the campaign's counters kept at ingest
// (count-provider-days), not its calls' hops: one counter per provider and call date, and, without
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
WITH counter.providerId AS providerId, sum(counter.calls) AS tracedCalls, sum(counter.originating) AS originating,
     sum(counter.gateway) AS gateway, sum(counter.intermediate) AS intermediate,
     sum(counter.terminating) AS terminating, sum(counter.unknown) AS unknown, min(counter.day) AS firstSeen,
     max(counter.day) AS lastSeen, sum(counter.hops) AS tracedHops, sum(counter.noResponses) AS noResponses,
     sum(counter.lateResponses) AS lateResponses
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
