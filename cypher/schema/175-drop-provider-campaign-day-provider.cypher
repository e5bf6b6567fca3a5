// Replaced by provider-campaign-day-by-provider, which holds the campaign as well (stores made
// before the counters had weeks).
DROP INDEX provider_campaign_day_provider IF EXISTS;
