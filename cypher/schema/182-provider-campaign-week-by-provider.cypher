// A provider's campaign-week counters by week, the campaign in the index: the campaigns a ranked
// provider carried in a window's whole weeks.
CREATE RANGE INDEX provider_campaign_week_by_provider IF NOT EXISTS
FOR (w:ProviderCampaignWeek) ON (w.providerId, w.week, w.campaign);
