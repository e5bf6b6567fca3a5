// A provider's campaign-day counters by date, the campaign in the index: how many campaigns a
// ranked provider carried on a window's edge days, read from the index alone.
CREATE RANGE INDEX provider_campaign_day_by_provider IF NOT EXISTS
FOR (d:ProviderCampaignDay) ON (d.providerId, d.day, d.campaign);
