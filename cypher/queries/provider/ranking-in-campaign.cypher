// Which providers are on the most traced illegal calls of this campaign, in a role or in any role,
// optionally in a window of call dates? Reads the campaign's counters kept at ingest
// (add-to-provider-day-counters; `counts` is [calls, originating, gateway, intermediate,
// terminating, unknown, hops, noResponses, lateResponses]), not its calls' hops: the window is cut
// into whole months, whole weeks of a month (1-7, 8-14, 15-21, 22 to the end) and single days, as in
// ranking-in-window; without a window it spans the campaign's first to last month and adds the
// counters of its undated calls. First and last call dates come from each ranked provider's first
// and last campaign-day counter. A traced call is a traceback, as in ranking-of-calls. $from and $to
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
WITH first, last,
     CASE WHEN first <= last THEN [i IN range(0, duration.inDays(first, last).days) | first + duration({days: i})]
       ELSE [] END AS dates
WITH first, last,
     [d IN dates | {day: d, month: date.truncate('month', d),
       week: CASE WHEN d.day >= 22 THEN d - duration({days: d.day - 22}) ELSE d - duration({days: (d.day - 1) % 7}) END}]
       AS pieces
WITH first, last,
     [x IN pieces | {day: x.day, week: x.week,
       wholeMonth: x.month >= first AND x.month + duration('P1M') - duration('P1D') <= last,
       wholeWeek: x.week >= first
         AND CASE WHEN x.week.day = 22 THEN x.month + duration('P1M') - duration('P1D') ELSE x.week + duration('P6D') END
           <= last}] AS pieces
WITH first, last, [x IN pieces WHERE x.day.day = 1 AND x.wholeMonth | x.day] AS months,
     [x IN pieces WHERE x.day = x.week AND x.wholeWeek AND NOT x.wholeMonth | x.day] AS weeks,
     [x IN pieces WHERE NOT x.wholeWeek | x.day] AS days
CALL (months, weeks, days) {
  UNWIND months AS month
  MATCH (m:ProviderCampaignMonth)
  WHERE m.campaign = $campaign AND m.month = month AND m.providerId IS NOT NULL
  RETURN m.providerId AS providerId, m.counts AS counts
  UNION ALL
  UNWIND weeks AS week
  MATCH (w:ProviderCampaignWeek)
  WHERE w.campaign = $campaign AND w.week = week AND w.providerId IS NOT NULL
  RETURN w.providerId AS providerId, w.counts AS counts
  UNION ALL
  // the days are at most two runs at the window's edges; the campaign's counters are scanned once
  UNWIND CASE WHEN size(days) > 0 THEN [head(days)] ELSE [] END AS firstDay
  MATCH (d:ProviderCampaignDay)
  WHERE d.campaign = $campaign AND d.providerId IS NOT NULL AND d.day >= firstDay AND d.day IN days
  RETURN d.providerId AS providerId, d.counts AS counts
  UNION ALL
  MATCH (u:ProviderCampaignUndated)
  WHERE $from IS NULL AND $to IS NULL AND u.campaign = $campaign AND u.providerId IS NOT NULL
  RETURN u.providerId AS providerId, u.counts AS counts
}
WITH first, last, providerId, sum(counts[0]) AS tracedCalls, sum(counts[1]) AS originating,
     sum(counts[2]) AS gateway, sum(counts[3]) AS intermediate, sum(counts[4]) AS terminating,
     sum(counts[5]) AS unknown, sum(counts[6]) AS tracedHops, sum(counts[7]) AS noResponses,
     sum(counts[8]) AS lateResponses
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
OPTIONAL CALL (p, first, last) {
  MATCH (own:ProviderCampaignDay)
  WHERE own.campaign = $campaign AND own.providerId = p.providerId AND own.day >= first AND own.day <= last
  RETURN own.day AS firstSeen
  ORDER BY firstSeen
  LIMIT 1
}
OPTIONAL CALL (p, first, last) {
  MATCH (own:ProviderCampaignDay)
  WHERE own.campaign = $campaign AND own.providerId = p.providerId AND own.day >= first AND own.day <= last
  RETURN own.day AS lastSeen
  ORDER BY lastSeen DESC
  LIMIT 1
}
RETURN p.providerId AS providerId, p.name AS name, p.country AS country, tracedCalls,
       originating, gateway, intermediate, terminating, unknown, 1 AS campaigns, firstSeen, lastSeen,
       tracedHops, noResponses, lateResponses,
       CASE WHEN tracedHops > 0 THEN round(toFloat(noResponses) / tracedHops, 4) END AS nonResponseShare
ORDER BY roleCalls DESC, providerId;
