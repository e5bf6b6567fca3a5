// Writes the new values of the month and campaign counters that lock-provider-day-counters read and
// locked in the same transaction (the stored values plus a write's changes, summed in Java), and
// unlocks them. A counter left at 0 calls is deleted, so a window's first and last day stay exact.
:param {months: [{providerId: 'robo-origin', month: date('2024-01-01'), counts: [1, 1, 0, 0, 0, 0, 1, 0, 0],
                  days: [5], dayCounts: [1, 1, 0, 0, 0, 0, 1, 0, 0]}],
        campaignMonths: [{campaign: 'Example-Campaign', providerId: 'robo-origin', month: date('2024-01-01'),
                          counts: [1, 1, 0, 0, 0, 0, 1, 0, 0], days: [5], dayCounts: [1, 1, 0, 0, 0, 0, 1, 0, 0]}],
        undated: [{campaign: 'Example-Campaign', providerId: 'robo-origin', counts: [1, 1, 0, 0, 0, 0, 1, 0, 0]}]};
CALL () {
  UNWIND $months AS sum
  MATCH (m:ProviderMonth {month: sum.month, providerId: sum.providerId})
  SET m.counts = sum.counts, m.days = sum.days, m.dayCounts = sum.dayCounts
  REMOVE m._LOCK_
  WITH m, sum WHERE sum.counts[0] <= 0
  DELETE m
}
CALL () {
  UNWIND $campaignMonths AS sum
  MATCH (m:ProviderCampaignMonth {campaign: sum.campaign, month: sum.month, providerId: sum.providerId})
  SET m.counts = sum.counts, m.days = sum.days, m.dayCounts = sum.dayCounts
  REMOVE m._LOCK_
  WITH m, sum WHERE sum.counts[0] <= 0
  DELETE m
}
CALL () {
  UNWIND $undated AS sum
  MATCH (u:ProviderCampaignUndated {campaign: sum.campaign, providerId: sum.providerId})
  SET u.counts = sum.counts
  REMOVE u._LOCK_
  WITH u, sum WHERE sum.counts[0] <= 0
  DELETE u
}
RETURN size($months) + size($campaignMonths) + size($undated) AS changed;
