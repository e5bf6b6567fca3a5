// Filings an export no longer lists were removed from the registry (the FCC removes providers,
// e.g. for not cooperating with tracebacks): marked removed as of that export's date, never
// deleted, so the providers linked to them keep the history.
:param {rmdNumbers: ['RMD0002564'], asOf: date('2025-01-21')};
MATCH (f:Filing)
WHERE f.removedOn IS NULL AND NOT f.rmdNumber IN $rmdNumbers
SET f.removedOn = $asOf
RETURN count(f) AS removed;
