// Marks which derived counters a store holds (a store loaded before they existed has none until
// `rebuild counters` runs).
CREATE CONSTRAINT counters_name_unique IF NOT EXISTS
FOR (c:Counters) REQUIRE c.name IS UNIQUE;
