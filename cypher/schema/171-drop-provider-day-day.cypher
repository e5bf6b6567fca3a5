// Stores made before the counters had weeks carry a day-only index on the day counters; the window
// ranking now reads the provider from the index too (provider-day-by-date), so this one only costs.
DROP INDEX provider_day_day IF EXISTS;
