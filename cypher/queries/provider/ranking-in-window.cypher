// Which providers are on the most traced illegal calls made in this window of call dates, in a
// role or in any role? Reads the day and month counters kept at ingest (add-to-provider-day-counters), not
// the hops (`counts`: [calls, originating, gateway, intermediate, terminating, unknown, hops,
// noResponses, lateResponses]): the window's whole months from the month counters, the days before and after them from
// the day counters, so a 90-day window sums about 30 days and 2 months per provider. Details
// (every role, hops, non-responses, first and last call date, campaigns) are read for the page's
// providers only, from their day counters. $from or $to may be null (open on that side); both null
// is the all-time ranking (ranking-by-counters). A traced call is a traceback, as in ranking-of-calls.
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
     CASE WHEN first.day = 1 THEN first ELSE date.truncate('month', first) + duration('P1M') END AS firstMonth,
     date.truncate('month', last + duration('P1D')) AS endMonth
WITH first, last, role, firstMonth, endMonth, coalesce(firstMonth < endMonth, false) AS anyMonth
WITH first, last, role,
     CASE WHEN anyMonth
       THEN [i IN range(0, duration.inMonths(firstMonth, endMonth).months - 1) | firstMonth + duration({months: i})]
       ELSE [] END AS months,
     CASE WHEN anyMonth
       THEN [{from: first, to: firstMonth - duration('P1D')}, {from: endMonth, to: last}]
       ELSE [{from: first, to: last}] END AS dayRanges
CALL (months, dayRanges, role) {
  UNWIND months AS month
  MATCH (m:ProviderMonth)
  WHERE m.month = month AND m.providerId IS NOT NULL
  RETURN m.providerId AS providerId, m.counts[role] AS calls
  UNION ALL
  UNWIND dayRanges AS span
  MATCH (day:ProviderDay)
  WHERE day.day >= span.from AND day.day <= span.to
  RETURN day.providerId AS providerId, day.counts[role] AS calls
}
WITH first, last, providerId, sum(calls) AS roleCalls
WHERE roleCalls >= $minCalls
ORDER BY roleCalls DESC, providerId
SKIP $skip LIMIT $limit
MATCH (p:Provider {providerId: providerId})
CALL (p, first, last) {
  MATCH (own:ProviderDay)
  WHERE own.providerId = p.providerId AND own.day >= first AND own.day <= last
  RETURN sum(own.counts[0]) AS tracedCalls, sum(own.counts[1]) AS originating, sum(own.counts[2]) AS gateway,
         sum(own.counts[3]) AS intermediate, sum(own.counts[4]) AS terminating, sum(own.counts[5]) AS unknown,
         min(own.day) AS firstSeen, max(own.day) AS lastSeen, sum(own.counts[6]) AS tracedHops,
         sum(own.counts[7]) AS noResponses, sum(own.counts[8]) AS lateResponses
}
CALL (p, first, last) {
  MATCH (k:ProviderCampaignDay)
  WHERE k.providerId = p.providerId AND k.day >= first AND k.day <= last
  RETURN count(DISTINCT k.campaign) AS campaigns
}
RETURN p.providerId AS providerId, p.name AS name, p.country AS country, tracedCalls,
       originating, gateway, intermediate, terminating, unknown, campaigns, firstSeen, lastSeen,
       tracedHops, noResponses, lateResponses,
       CASE WHEN tracedHops > 0 THEN round(toFloat(noResponses) / tracedHops, 4) END AS nonResponseShare
ORDER BY roleCalls DESC, providerId;
