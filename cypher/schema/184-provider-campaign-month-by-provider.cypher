// A provider's campaign-month counters by month, the campaign in the index: the campaigns a ranked
// provider carried in a window's months.
CREATE RANGE INDEX provider_campaign_month_by_provider IF NOT EXISTS
FOR (m:ProviderCampaignMonth) ON (m.providerId, m.month, m.campaign);
