// Day counters by date: a window's ranking reads the days it covers (that its months do not) from this index.
CREATE RANGE INDEX provider_day_day IF NOT EXISTS
FOR (d:ProviderDay) ON (d.day);
