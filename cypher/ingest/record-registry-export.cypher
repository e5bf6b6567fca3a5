// Records that an RMD export of this date was loaded (once per date), with its filing count.
:param {asOf: date('2025-01-21'), filings: 7346};
MERGE (e:RegistryExport {asOf: $asOf})
ON CREATE SET e.filings = $filings, e.loadedAt = datetime()
RETURN e.asOf AS asOf;
