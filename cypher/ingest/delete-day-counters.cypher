// Deletes up to $limit of the day, month and campaign counters (and the mark that they are
// complete), so `rebuild counters` can count them again from the tracebacks; repeated until it
// deletes none.
:param {limit: 10000};
CALL () {
  MATCH (c:Counters {name: 'provider-days'})
  DELETE c
}
MATCH (n)
WHERE n:ProviderDay OR n:ProviderWeek OR n:ProviderMonth OR n:ProviderCampaignDay OR n:ProviderCampaignWeek
   OR n:ProviderCampaignMonth OR n:ProviderCampaignUndated
WITH n LIMIT $limit
DELETE n
RETURN count(*) AS deleted;
