// Deletes up to $limit of the month and campaign counters (and the mark that they are complete),
// and the day and week counters that stores made before version 3 hold, so `rebuild counters` can
// count them again from the tracebacks; repeated until it deletes none.
:param {limit: 10000};
CALL () {
  MATCH (c:Counters {name: 'provider-days'})
  DELETE c
}
MATCH (n)
WHERE n:ProviderMonth OR n:ProviderCampaignMonth OR n:ProviderCampaignUndated OR n:ProviderDay OR n:ProviderWeek
   OR n:ProviderCampaignDay OR n:ProviderCampaignWeek
WITH n LIMIT $limit
DELETE n
RETURN count(*) AS deleted;
