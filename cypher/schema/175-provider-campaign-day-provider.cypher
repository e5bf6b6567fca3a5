// A provider's campaign-day counters by date: how many campaigns a ranked provider carried in a window.
CREATE RANGE INDEX provider_campaign_day_provider IF NOT EXISTS
FOR (d:ProviderCampaignDay) ON (d.providerId, d.day);
