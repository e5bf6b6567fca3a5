// Day counters by date, with the provider in the index: a window's ranking reads its edge days from
// here without touching the counters' provider property.
CREATE RANGE INDEX provider_day_by_date IF NOT EXISTS
FOR (d:ProviderDay) ON (d.day, d.providerId);
