// Which providers are on the most traced illegal calls made in this window of call dates, in a
// role or in any role? Reads the counters kept at ingest (add-to-provider-day-counters; `counts`:
// [calls, originating, gateway, intermediate, terminating, unknown, hops, noResponses,
// lateResponses]), not the hops: the window is cut into its whole months, the whole weeks of a month
// (1-7, 8-14, 15-21, 22 to the end) outside them and the single days left at its edges, so a 90-day
// window reads about 2 months, 3 weeks and 6 days per provider. Details (every role, hops,
// non-responses, campaigns) are read for the page's providers only, from the same pieces; first and
// last call dates from their first and last day counter in the window. $from or $to may be null
// (open on that side); both null is the all-time ranking (ranking-by-counters). A traced call is a
// traceback, as in ranking-of-calls.
:param {from: date('2024-04-01'), to: date('2024-06-30'), role: 'ANY', minCalls: 1, skip: 0, limit: 21};
CYPHER 25
CALL () {
  WHEN $from IS NULL THEN {
    MATCH (earliest:ProviderDay)
    WHERE earliest.day IS NOT NULL
    RETURN earliest.day AS earliestDay
    ORDER BY earliestDay
    LIMIT 1 }
  ELSE { RETURN null AS earliestDay }
}
CALL () {
  WHEN $to IS NULL THEN {
    MATCH (latest:ProviderDay)
    WHERE latest.day IS NOT NULL
    RETURN latest.day AS latestDay
    ORDER BY latestDay DESC
    LIMIT 1 }
  ELSE { RETURN null AS latestDay }
}
WITH coalesce($from, earliestDay) AS first, coalesce($to, latestDay) AS last,
     CASE $role WHEN 'ORIGINATING' THEN 1 WHEN 'GATEWAY' THEN 2 WHEN 'INTERMEDIATE' THEN 3 WHEN 'TERMINATING' THEN 4
       WHEN 'UNKNOWN' THEN 5 ELSE 0 END AS role
WITH first, last, role,
     CASE WHEN first <= last THEN [i IN range(0, duration.inDays(first, last).days) | first + duration({days: i})]
       ELSE [] END AS dates
WITH first, last, role,
     [d IN dates | {day: d, month: date.truncate('month', d),
       week: CASE WHEN d.day >= 22 THEN d - duration({days: d.day - 22}) ELSE d - duration({days: (d.day - 1) % 7}) END}]
       AS pieces
WITH first, last, role,
     [x IN pieces | {day: x.day, week: x.week,
       wholeMonth: x.month >= first AND x.month + duration('P1M') - duration('P1D') <= last,
       wholeWeek: x.week >= first
         AND CASE WHEN x.week.day = 22 THEN x.month + duration('P1M') - duration('P1D') ELSE x.week + duration('P6D') END
           <= last}] AS pieces
WITH first, last, role, [x IN pieces WHERE x.day.day = 1 AND x.wholeMonth | x.day] AS months,
     [x IN pieces WHERE x.day = x.week AND x.wholeWeek AND NOT x.wholeMonth | x.day] AS weeks,
     [x IN pieces WHERE NOT x.wholeWeek | x.day] AS days
CALL (months, weeks, days, role) {
  UNWIND months AS month
  MATCH (m:ProviderMonth)
  WHERE m.month = month AND m.providerId IS NOT NULL
  RETURN m.providerId AS providerId, m.counts[role] AS calls
  UNION ALL
  UNWIND weeks AS week
  MATCH (w:ProviderWeek)
  WHERE w.week = week AND w.providerId IS NOT NULL
  RETURN w.providerId AS providerId, w.counts[role] AS calls
  UNION ALL
  UNWIND days AS day
  MATCH (d:ProviderDay)
  WHERE d.day = day AND d.providerId IS NOT NULL
  RETURN d.providerId AS providerId, d.counts[role] AS calls
}
WITH first, last, months, weeks, days, providerId, sum(calls) AS roleCalls
WHERE roleCalls >= $minCalls
ORDER BY roleCalls DESC, providerId
SKIP $skip LIMIT $limit
MATCH (p:Provider {providerId: providerId})
CALL (p, months, weeks, days) {
  UNWIND months AS month
  MATCH (m:ProviderMonth {month: month, providerId: p.providerId})
  RETURN m.counts AS counts
  UNION ALL
  UNWIND weeks AS week
  MATCH (w:ProviderWeek {week: week, providerId: p.providerId})
  RETURN w.counts AS counts
  UNION ALL
  UNWIND days AS day
  MATCH (d:ProviderDay {providerId: p.providerId, day: day})
  RETURN d.counts AS counts
}
WITH first, last, months, weeks, days, p, roleCalls, sum(counts[0]) AS tracedCalls, sum(counts[1]) AS originating,
     sum(counts[2]) AS gateway, sum(counts[3]) AS intermediate, sum(counts[4]) AS terminating,
     sum(counts[5]) AS unknown, sum(counts[6]) AS tracedHops, sum(counts[7]) AS noResponses,
     sum(counts[8]) AS lateResponses
CALL (p, first, last) {
  MATCH (own:ProviderDay)
  USING INDEX own:ProviderDay(providerId, day)
  WHERE own.providerId = p.providerId AND own.day >= first AND own.day <= last
  RETURN own.day AS firstSeen
  ORDER BY firstSeen
  LIMIT 1
}
CALL (p, first, last) {
  MATCH (own:ProviderDay)
  USING INDEX own:ProviderDay(providerId, day)
  WHERE own.providerId = p.providerId AND own.day >= first AND own.day <= last
  RETURN own.day AS lastSeen
  ORDER BY lastSeen DESC
  LIMIT 1
}
CALL (p, months, weeks, days) {
  CALL (p, months, weeks, days) {
    UNWIND months AS month
    MATCH (m:ProviderCampaignMonth)
    WHERE m.providerId = p.providerId AND m.month = month AND m.campaign IS NOT NULL
    RETURN m.campaign AS campaign
    UNION
    UNWIND weeks AS week
    MATCH (w:ProviderCampaignWeek)
    WHERE w.providerId = p.providerId AND w.week = week AND w.campaign IS NOT NULL
    RETURN w.campaign AS campaign
    UNION
    UNWIND days AS day
    MATCH (k:ProviderCampaignDay)
    WHERE k.providerId = p.providerId AND k.day = day AND k.campaign IS NOT NULL
    RETURN k.campaign AS campaign
  }
  RETURN count(campaign) AS campaigns
}
RETURN p.providerId AS providerId, p.name AS name, p.country AS country, tracedCalls,
       originating, gateway, intermediate, terminating, unknown, campaigns, firstSeen, lastSeen,
       tracedHops, noResponses, lateResponses,
       CASE WHEN tracedHops > 0 THEN round(toFloat(noResponses) / tracedHops, 4) END AS nonResponseShare
ORDER BY roleCalls DESC, providerId;
