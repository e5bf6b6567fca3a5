// Adds a batch's differences to the providers' month counters, with and without the campaign, and to
// the campaign counters of undated calls. A month counter holds `counts`, the month's totals:
// [calls, originating, gateway, intermediate, terminating, unknown, hops, noResponses,
// lateResponses] (see provider-day-counts-of-tracebacks); `days`, the days of the month with calls,
// ascending; and `dayCounts`, the same nine numbers for each of those days in turn. A window reads a
// month it covers whole from `counts` and a month it cuts from the days inside it, so one node per
// provider and month serves every window to the day. A day left at 0 calls is dropped, a month left
// at 0 calls deleted, so a window's first and last day stay exact. Ingest sums the changes per
// counter first and leaves out those that do not change.
:param {months: [{providerId: 'robo-origin', month: date('2024-01-01'), counts: [1, 1, 0, 0, 0, 0, 1, 0, 0],
                  days: [5], dayCounts: [1, 1, 0, 0, 0, 0, 1, 0, 0]}],
        campaignMonths: [{campaign: 'Example-Campaign', providerId: 'robo-origin', month: date('2024-01-01'),
                          counts: [1, 1, 0, 0, 0, 0, 1, 0, 0], days: [5], dayCounts: [1, 1, 0, 0, 0, 0, 1, 0, 0]}],
        undated: []};
CALL () {
  UNWIND $months AS change
  MERGE (m:ProviderMonth {month: change.month, providerId: change.providerId})
  // each property once: a list's element read through the node would read the whole list again
  WITH m, change, coalesce(m.counts, [0, 0, 0, 0, 0, 0, 0, 0, 0]) AS oldTotal, coalesce(m.days, []) AS oldDays,
       coalesce(m.dayCounts, []) AS oldCounts
  WITH m, change, oldTotal, oldCounts,
       [d IN range(1, 31) WHERE d IN oldDays OR d IN change.days |
         {day: d, old: head([i IN range(0, size(oldDays) - 1) WHERE oldDays[i] = d]),
          new: head([i IN range(0, size(change.days) - 1) WHERE change.days[i] = d])}] AS days
  WITH m, change, oldTotal,
       [x IN days | {day: x.day, counts: [i IN range(0, 8) |
         coalesce(oldCounts[x.old * 9 + i], 0) + coalesce(change.dayCounts[x.new * 9 + i], 0)]}] AS days
  WITH m, change, oldTotal, [x IN days WHERE x.counts[0] > 0] AS days
  SET m.counts = [i IN range(0, 8) | oldTotal[i] + change.counts[i]],
      m.days = [x IN days | x.day],
      m.dayCounts = reduce(flat = [], x IN days | flat + x.counts)
  WITH m WHERE m.counts[0] <= 0
  DELETE m
}
CALL () {
  UNWIND $campaignMonths AS change
  MERGE (m:ProviderCampaignMonth {campaign: change.campaign, month: change.month, providerId: change.providerId})
  // each property once: a list's element read through the node would read the whole list again
  WITH m, change, coalesce(m.counts, [0, 0, 0, 0, 0, 0, 0, 0, 0]) AS oldTotal, coalesce(m.days, []) AS oldDays,
       coalesce(m.dayCounts, []) AS oldCounts
  WITH m, change, oldTotal, oldCounts,
       [d IN range(1, 31) WHERE d IN oldDays OR d IN change.days |
         {day: d, old: head([i IN range(0, size(oldDays) - 1) WHERE oldDays[i] = d]),
          new: head([i IN range(0, size(change.days) - 1) WHERE change.days[i] = d])}] AS days
  WITH m, change, oldTotal,
       [x IN days | {day: x.day, counts: [i IN range(0, 8) |
         coalesce(oldCounts[x.old * 9 + i], 0) + coalesce(change.dayCounts[x.new * 9 + i], 0)]}] AS days
  WITH m, change, oldTotal, [x IN days WHERE x.counts[0] > 0] AS days
  SET m.counts = [i IN range(0, 8) | oldTotal[i] + change.counts[i]],
      m.days = [x IN days | x.day],
      m.dayCounts = reduce(flat = [], x IN days | flat + x.counts)
  WITH m WHERE m.counts[0] <= 0
  DELETE m
}
CALL () {
  UNWIND $undated AS change
  MERGE (u:ProviderCampaignUndated {campaign: change.campaign, providerId: change.providerId})
  SET u.counts = CASE WHEN u.counts IS NULL THEN change.counts
                      ELSE [i IN range(0, 8) | u.counts[i] + change.counts[i]] END
  WITH u WHERE u.counts[0] <= 0
  DELETE u
}
RETURN size($months) + size($campaignMonths) + size($undated) AS changed;
