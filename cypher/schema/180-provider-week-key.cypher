// Week counters of stores counted by version 2 (see 170-provider-day-key).
DROP CONSTRAINT provider_week_key IF EXISTS;
