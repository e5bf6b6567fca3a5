// Which providers are on the most traced illegal calls of this campaign, in a role or in any role,
// optionally in a window of call dates? Reads the campaign's month counters kept at ingest
// (set-provider-day-counters: `counts` [calls, originating, gateway, intermediate, terminating,
// unknown, hops, noResponses, lateResponses] for the month, `days` and `dayCounts` the same per
// day), not its calls' hops: a month the window covers whole counts by its totals, a month it cuts
// by its days inside it, as in ranking-in-window; without a window it spans the campaign's first to
// last month and adds the counters of its undated calls. First and last call dates come from the
// first and last day counted. A traced call is a traceback, as in ranking-of-calls. $from and $to
// may be null.
:param {campaign: 'Amazon-Impers-P2', from: null, to: null, role: 'ANY', minCalls: 1, skip: 0, limit: 21};
CYPHER 25
CALL () {
  WHEN $from IS NULL THEN {
    MATCH (m:ProviderCampaignMonth)
    USING INDEX m:ProviderCampaignMonth(campaign, month, providerId)
    WHERE m.campaign = $campaign AND m.month IS NOT NULL AND m.providerId IS NOT NULL
    RETURN m.month AS earliestMonth
    ORDER BY earliestMonth
    LIMIT 1 }
  ELSE { RETURN null AS earliestMonth }
}
CALL () {
  WHEN $to IS NULL THEN {
    MATCH (m:ProviderCampaignMonth)
    USING INDEX m:ProviderCampaignMonth(campaign, month, providerId)
    WHERE m.campaign = $campaign AND m.month IS NOT NULL AND m.providerId IS NOT NULL
    RETURN m.month AS latestMonth
    ORDER BY latestMonth DESC
    LIMIT 1 }
  ELSE { RETURN null AS latestMonth }
}
WITH coalesce($from, earliestMonth) AS first, coalesce($to, latestMonth + duration('P1M') - duration('P1D')) AS last
WITH first, last, date.truncate('month', first) AS firstMonth, date.truncate('month', last) AS lastMonth
WITH firstMonth, lastMonth, first, last,
     CASE WHEN first <= last
       THEN [i IN range(0, duration.inMonths(firstMonth, lastMonth).months) | firstMonth + duration({months: i})]
       ELSE [] END AS months
WITH [m IN months | {month: m, from: CASE WHEN m = firstMonth THEN first.day ELSE 1 END,
       to: CASE WHEN m = lastMonth THEN last.day ELSE 31 END,
       monthEnd: (m + duration('P1M') - duration('P1D')).day}] AS pieces
WITH [x IN pieces | x {.*, whole: x.from = 1 AND x.to >= x.monthEnd}] AS pieces
CALL (pieces) {
  UNWIND pieces AS piece
  MATCH (m:ProviderCampaignMonth)
  WHERE m.campaign = $campaign AND m.month = piece.month AND m.providerId IS NOT NULL
  // each property once: a list's element read through the node would read the whole list again
  WITH piece, m.providerId AS providerId, m.counts AS total, m.days AS days,
       CASE WHEN NOT piece.whole THEN m.dayCounts END AS dayCounts
  WITH piece, providerId, total, days, dayCounts,
       CASE WHEN piece.whole THEN null
         ELSE [i IN range(0, size(days) - 1) WHERE days[i] >= piece.from AND days[i] <= piece.to] END AS inside
  RETURN providerId, piece.month AS month,
         CASE WHEN inside IS NULL THEN total
           ELSE [c IN range(0, 8) | reduce(n = 0, i IN inside | n + dayCounts[i * 9 + c])] END AS counts,
         CASE WHEN inside IS NULL THEN days ELSE [i IN inside | days[i]] END AS days
  UNION ALL
  MATCH (u:ProviderCampaignUndated)
  WHERE $from IS NULL AND $to IS NULL AND u.campaign = $campaign AND u.providerId IS NOT NULL
  RETURN u.providerId AS providerId, null AS month, u.counts AS counts, [] AS days
}
WITH providerId, sum(counts[0]) AS tracedCalls, sum(counts[1]) AS originating,
     sum(counts[2]) AS gateway, sum(counts[3]) AS intermediate, sum(counts[4]) AS terminating,
     sum(counts[5]) AS unknown, sum(counts[6]) AS tracedHops, sum(counts[7]) AS noResponses,
     sum(counts[8]) AS lateResponses,
     min(CASE WHEN size(days) > 0 THEN month + duration({days: head(days) - 1}) END) AS firstSeen,
     max(CASE WHEN size(days) > 0 THEN month + duration({days: last(days) - 1}) END) AS lastSeen
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
