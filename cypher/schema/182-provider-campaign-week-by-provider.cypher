// Campaign-week counters of stores counted by version 2 (see 170-provider-day-key).
DROP INDEX provider_campaign_week_by_provider IF EXISTS;
