// Campaign-day counters of stores counted before version 3 (see 170-provider-day-key).
DROP CONSTRAINT provider_campaign_day_key IF EXISTS;
