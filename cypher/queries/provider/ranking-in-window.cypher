// Which providers are on the most traced illegal calls made in this window of call dates, in a
// role or in any role? Reads the month counters kept at ingest (set-provider-day-counters:
// `counts` [calls, originating, gateway, intermediate, terminating, unknown, hops, noResponses,
// lateResponses] for the month, `days` and `dayCounts` the same per day), not the hops: a month the
// window covers whole counts by its totals, the one or two months it cuts by their days inside it,
// so a 90-day window reads four counters per provider, and the days of a cut month only for the
// providers that can still reach the page. Details (every role, hops, non-responses,
// first and last call date, campaigns) are read for the page's providers only, from the same
// months. $from or $to may be null (open on that side); both null is the all-time ranking
// (ranking-by-counters). A traced call is a traceback, as in ranking-of-calls.
:param {from: date('2024-04-01'), to: date('2024-06-30'), role: 'ANY', minCalls: 1, skip: 0, limit: 21};
CYPHER 25
CALL () {
  WHEN $from IS NULL THEN {
    MATCH (earliest:ProviderMonth)
    USING INDEX earliest:ProviderMonth(month, providerId)
    WHERE earliest.month IS NOT NULL AND earliest.providerId IS NOT NULL
    RETURN earliest.month AS earliestMonth
    ORDER BY earliestMonth
    LIMIT 1 }
  ELSE { RETURN null AS earliestMonth }
}
CALL () {
  WHEN $to IS NULL THEN {
    MATCH (latest:ProviderMonth)
    USING INDEX latest:ProviderMonth(month, providerId)
    WHERE latest.month IS NOT NULL AND latest.providerId IS NOT NULL
    RETURN latest.month AS latestMonth
    ORDER BY latestMonth DESC
    LIMIT 1 }
  ELSE { RETURN null AS latestMonth }
}
WITH coalesce($from, earliestMonth) AS first,
     coalesce($to, latestMonth + duration('P1M') - duration('P1D')) AS last,
     CASE $role WHEN 'ORIGINATING' THEN 1 WHEN 'GATEWAY' THEN 2 WHEN 'INTERMEDIATE' THEN 3 WHEN 'TERMINATING' THEN 4
       WHEN 'UNKNOWN' THEN 5 ELSE 0 END AS role
WITH first, last, role, date.truncate('month', first) AS firstMonth, date.truncate('month', last) AS lastMonth
WITH role, firstMonth, lastMonth, first, last,
     CASE WHEN first <= last
       THEN [i IN range(0, duration.inMonths(firstMonth, lastMonth).months) | firstMonth + duration({months: i})]
       ELSE [] END AS months
WITH role,
     [m IN months | {month: m, from: CASE WHEN m = firstMonth THEN first.day ELSE 1 END,
       to: CASE WHEN m = lastMonth THEN last.day ELSE 31 END,
       monthEnd: (m + duration('P1M') - duration('P1D')).day}] AS pieces
WITH role, [x IN pieces | x {.*, whole: x.from = 1 AND x.to >= x.monthEnd}] AS pieces
// A month the window covers whole gives a provider's least count, the same plus its cut
// months' totals its most: a provider whose most is below the page's last least cannot reach the
// page, so the days of cut months are summed only for providers that can.
CALL (pieces, role) {
  UNWIND pieces AS piece
  MATCH (m:ProviderMonth)
  WHERE m.month = piece.month AND m.providerId IS NOT NULL
  WITH piece, m, m.providerId AS providerId, m.counts[role] AS monthCalls
  RETURN providerId, sum(CASE WHEN piece.whole THEN monthCalls ELSE 0 END) AS least, sum(monthCalls) AS most,
         collect(CASE WHEN NOT piece.whole THEN {month: m, from: piece.from, to: piece.to} END) AS cuts
}
WITH pieces, role, collect({providerId: providerId, least: least, most: most, cuts: cuts}) AS candidates
OPTIONAL CALL (candidates) {
  UNWIND candidates AS candidate
  WITH candidate.least AS least
  ORDER BY least DESC
  SKIP $skip + $limit - 1 LIMIT 1
  RETURN least AS bar
}
UNWIND candidates AS candidate
WITH pieces, role, candidate
WHERE candidate.most >= coalesce(bar, 0) AND candidate.most >= $minCalls
CALL (candidate, role) {
  UNWIND candidate.cuts AS cut
  // each property once: a list's element read through the node would read the whole list again
  WITH cut, cut.month.days AS days, cut.month.dayCounts AS dayCounts
  RETURN sum(reduce(n = 0, i IN range(0, size(days) - 1) |
           n + CASE WHEN days[i] >= cut.from AND days[i] <= cut.to THEN dayCounts[i * 9 + role] ELSE 0 END)) AS cutCalls
}
WITH pieces, candidate.providerId AS providerId, candidate.least + cutCalls AS roleCalls
WHERE roleCalls >= $minCalls
ORDER BY roleCalls DESC, providerId
SKIP $skip LIMIT $limit
MATCH (p:Provider {providerId: providerId})
CALL (p, pieces) {
  UNWIND pieces AS piece
  MATCH (m:ProviderMonth {month: piece.month, providerId: p.providerId})
  WITH piece, m.counts AS total, m.days AS days, m.dayCounts AS dayCounts
  WITH piece, total, days, dayCounts,
       CASE WHEN piece.whole THEN null
         ELSE [i IN range(0, size(days) - 1) WHERE days[i] >= piece.from AND days[i] <= piece.to] END AS inside
  WITH piece,
       CASE WHEN inside IS NULL THEN total
         ELSE [c IN range(0, 8) | reduce(n = 0, i IN inside | n + dayCounts[i * 9 + c])] END AS counts,
       CASE WHEN inside IS NULL THEN days ELSE [i IN inside | days[i]] END AS days
  WHERE size(days) > 0
  RETURN sum(counts[0]) AS tracedCalls, sum(counts[1]) AS originating, sum(counts[2]) AS gateway,
         sum(counts[3]) AS intermediate, sum(counts[4]) AS terminating, sum(counts[5]) AS unknown,
         sum(counts[6]) AS tracedHops, sum(counts[7]) AS noResponses, sum(counts[8]) AS lateResponses,
         min(piece.month + duration({days: head(days) - 1})) AS firstSeen,
         max(piece.month + duration({days: last(days) - 1})) AS lastSeen
}
CALL (p, pieces) {
  UNWIND pieces AS piece
  MATCH (k:ProviderCampaignMonth)
  USING INDEX k:ProviderCampaignMonth(providerId, month, campaign)
  WHERE k.providerId = p.providerId AND k.month = piece.month AND k.campaign IS NOT NULL
  WITH piece, k.campaign AS campaign, CASE WHEN NOT piece.whole THEN k.days END AS days
  WHERE piece.whole OR any(d IN days WHERE d >= piece.from AND d <= piece.to)
  RETURN count(DISTINCT campaign) AS campaigns
}
RETURN p.providerId AS providerId, p.name AS name, p.country AS country, tracedCalls,
       originating, gateway, intermediate, terminating, unknown, campaigns, firstSeen, lastSeen,
       tracedHops, noResponses, lateResponses,
       CASE WHEN tracedHops > 0 THEN round(toFloat(noResponses) / tracedHops, 4) END AS nonResponseShare
ORDER BY roleCalls DESC, providerId;
