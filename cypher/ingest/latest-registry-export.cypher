// The date of the newest RMD export loaded (no row before the first): an older export must not be loaded over it
// (it would mark newer filings removed).
:param {};
MATCH (e:RegistryExport)
WITH max(e.asOf) AS newestAsOf
WHERE newestAsOf IS NOT NULL
RETURN newestAsOf;
