// One counter per campaign, month and provider: a campaign's ranking reads a month's providers,
// ingest merges by all three.
CREATE CONSTRAINT provider_campaign_month_key IF NOT EXISTS
FOR (m:ProviderCampaignMonth) REQUIRE (m.campaign, m.month, m.providerId) IS UNIQUE;
