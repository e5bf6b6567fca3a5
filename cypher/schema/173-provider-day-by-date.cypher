// Day counters of stores counted before version 3 (see 170-provider-day-key).
DROP INDEX provider_day_by_date IF EXISTS;
