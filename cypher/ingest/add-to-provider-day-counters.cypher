// Adds a batch's differences to the providers' counters by day, week of a month (days 1-7, 8-14,
// 15-21, 22 to the end, keyed by the first day) and month, with and without the campaign. Each counter
// holds `counts`: [calls, originating, gateway, intermediate, terminating, unknown, hops,
// noResponses, lateResponses] (see provider-day-counts-of-tracebacks) — one list property, since
// ingest updates about one counter of each kind per hop and one property is the cheapest write. A
// counter left at 0 calls is deleted, so a window's first and last day stay exact. Ingest sums the
// rows per counter first and leaves out those that do not change.
:param {days: [{providerId: 'robo-origin', day: date('2024-01-05'), counts: [1, 1, 0, 0, 0, 0, 1, 0, 0]}],
        weeks: [{providerId: 'robo-origin', week: date('2024-01-01'), counts: [1, 1, 0, 0, 0, 0, 1, 0, 0]}],
        months: [{providerId: 'robo-origin', month: date('2024-01-01'), counts: [1, 1, 0, 0, 0, 0, 1, 0, 0]}],
        campaignDays: [{campaign: 'Example-Campaign', providerId: 'robo-origin', day: date('2024-01-05'),
                        counts: [1, 1, 0, 0, 0, 0, 1, 0, 0]}],
        campaignWeeks: [{campaign: 'Example-Campaign', providerId: 'robo-origin', week: date('2024-01-01'),
                         counts: [1, 1, 0, 0, 0, 0, 1, 0, 0]}],
        campaignMonths: [{campaign: 'Example-Campaign', providerId: 'robo-origin', month: date('2024-01-01'),
                          counts: [1, 1, 0, 0, 0, 0, 1, 0, 0]}],
        undated: []};
CALL () {
  UNWIND $days AS change
  MERGE (d:ProviderDay {providerId: change.providerId, day: change.day})
  SET d.counts = CASE WHEN d.counts IS NULL THEN change.counts
                      ELSE [i IN range(0, 8) | d.counts[i] + change.counts[i]] END
  WITH d WHERE d.counts[0] <= 0
  DELETE d
}
CALL () {
  UNWIND $weeks AS change
  MERGE (w:ProviderWeek {week: change.week, providerId: change.providerId})
  SET w.counts = CASE WHEN w.counts IS NULL THEN change.counts
                      ELSE [i IN range(0, 8) | w.counts[i] + change.counts[i]] END
  WITH w WHERE w.counts[0] <= 0
  DELETE w
}
CALL () {
  UNWIND $months AS change
  MERGE (m:ProviderMonth {month: change.month, providerId: change.providerId})
  SET m.counts = CASE WHEN m.counts IS NULL THEN change.counts
                      ELSE [i IN range(0, 8) | m.counts[i] + change.counts[i]] END
  WITH m WHERE m.counts[0] <= 0
  DELETE m
}
CALL () {
  UNWIND $campaignDays AS change
  MERGE (k:ProviderCampaignDay {campaign: change.campaign, providerId: change.providerId, day: change.day})
  SET k.counts = CASE WHEN k.counts IS NULL THEN change.counts
                      ELSE [i IN range(0, 8) | k.counts[i] + change.counts[i]] END
  WITH k WHERE k.counts[0] <= 0
  DELETE k
}
CALL () {
  UNWIND $campaignWeeks AS change
  MERGE (k:ProviderCampaignWeek {campaign: change.campaign, week: change.week, providerId: change.providerId})
  SET k.counts = CASE WHEN k.counts IS NULL THEN change.counts
                      ELSE [i IN range(0, 8) | k.counts[i] + change.counts[i]] END
  WITH k WHERE k.counts[0] <= 0
  DELETE k
}
CALL () {
  UNWIND $campaignMonths AS change
  MERGE (k:ProviderCampaignMonth {campaign: change.campaign, month: change.month, providerId: change.providerId})
  SET k.counts = CASE WHEN k.counts IS NULL THEN change.counts
                      ELSE [i IN range(0, 8) | k.counts[i] + change.counts[i]] END
  WITH k WHERE k.counts[0] <= 0
  DELETE k
}
CALL () {
  UNWIND $undated AS change
  MERGE (u:ProviderCampaignUndated {campaign: change.campaign, providerId: change.providerId})
  SET u.counts = CASE WHEN u.counts IS NULL THEN change.counts
                      ELSE [i IN range(0, 8) | u.counts[i] + change.counts[i]] END
  WITH u WHERE u.counts[0] <= 0
  DELETE u
}
RETURN size($days) + size($weeks) + size($months) + size($campaignDays) + size($campaignWeeks)
       + size($campaignMonths) + size($undated) AS changed;
