// One counter per provider and campaign for the campaign's calls without a date (a campaign's
// ranking without a window counts them; a window cannot).
CREATE CONSTRAINT provider_campaign_undated_key IF NOT EXISTS
FOR (u:ProviderCampaignUndated) REQUIRE (u.campaign, u.providerId) IS UNIQUE;
