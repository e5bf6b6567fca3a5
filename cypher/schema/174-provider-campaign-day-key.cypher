// One counter per campaign, provider and call date. The order serves all three reads: a campaign's
// ranking (campaign), its page's details (campaign, provider, window) and ingest's merge.
CREATE CONSTRAINT provider_campaign_day_key IF NOT EXISTS
FOR (d:ProviderCampaignDay) REQUIRE (d.campaign, d.providerId, d.day) IS UNIQUE;
