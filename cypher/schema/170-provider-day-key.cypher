// Stores counted before version 3 kept a counter per provider and day; the month counters hold the
// days now (lock- and set-provider-day-counters), and `rebuild counters` deletes the old ones.
DROP CONSTRAINT provider_day_key IF EXISTS;
