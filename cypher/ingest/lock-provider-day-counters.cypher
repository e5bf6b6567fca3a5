// What do the month and campaign counters that a write is about to change hold now? Each one is
// merged (a counter not stored yet is created, empty) and locked for the rest of the transaction by
// a property set here and removed by set-provider-day-counters (Neo4j's documented way to lock a
// node before reading it), so no other write changes it between this read and that write. Ingest
// adds its changes to these values in Java: a month's `counts` are its totals [calls, originating,
// gateway, intermediate, terminating, unknown, hops, noResponses, lateResponses], `days` the days of
// the month with calls, ascending, and `dayCounts` the same nine numbers for each of those days in
// turn; an undated campaign counter has `counts` only.
:param {months: [{providerId: 'robo-origin', month: date('2024-01-01')}],
        campaignMonths: [{campaign: 'Example-Campaign', providerId: 'robo-origin', month: date('2024-01-01')}],
        undated: [{campaign: 'Example-Campaign', providerId: 'robo-origin'}]};
CALL () {
  UNWIND $months AS key
  MERGE (m:ProviderMonth {month: key.month, providerId: key.providerId})
  SET m._LOCK_ = true
  RETURN 'month' AS kind, key.providerId AS providerId, key.month AS month, null AS campaign,
         m.counts AS counts, m.days AS days, m.dayCounts AS dayCounts
  UNION ALL
  UNWIND $campaignMonths AS key
  MERGE (m:ProviderCampaignMonth {campaign: key.campaign, month: key.month, providerId: key.providerId})
  SET m._LOCK_ = true
  RETURN 'campaignMonth' AS kind, key.providerId AS providerId, key.month AS month, key.campaign AS campaign,
         m.counts AS counts, m.days AS days, m.dayCounts AS dayCounts
  UNION ALL
  UNWIND $undated AS key
  MERGE (u:ProviderCampaignUndated {campaign: key.campaign, providerId: key.providerId})
  SET u._LOCK_ = true
  RETURN 'undated' AS kind, key.providerId AS providerId, null AS month, key.campaign AS campaign,
         u.counts AS counts, null AS days, null AS dayCounts
}
RETURN kind, providerId, month, campaign, counts, days, dayCounts;
