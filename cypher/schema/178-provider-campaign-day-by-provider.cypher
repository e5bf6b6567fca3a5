// Campaign-day counters of stores counted before version 3 (see 170-provider-day-key).
DROP INDEX provider_campaign_day_by_provider IF EXISTS;
