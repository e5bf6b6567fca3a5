// One day counter per provider and call date: ingest merges it by this key, and a ranked provider's
// details in a window (its first and last day, its roles) are sought with this index.
CREATE CONSTRAINT provider_day_key IF NOT EXISTS
FOR (d:ProviderDay) REQUIRE (d.providerId, d.day) IS UNIQUE;
