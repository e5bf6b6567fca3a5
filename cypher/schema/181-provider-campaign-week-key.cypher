// One counter per campaign, week of a month and provider: a campaign's ranking reads a week's
// providers, ingest merges by all three.
CREATE CONSTRAINT provider_campaign_week_key IF NOT EXISTS
FOR (w:ProviderCampaignWeek) REQUIRE (w.campaign, w.week, w.providerId) IS UNIQUE;
