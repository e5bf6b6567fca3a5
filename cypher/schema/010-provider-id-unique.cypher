// Providers are identified by a stable slug (e.g. 'bandwidth-inc'), chosen by whoever ingests.
CREATE CONSTRAINT provider_id_unique IF NOT EXISTS
FOR (p:Provider) REQUIRE p.providerId IS UNIQUE;
