// Filings are looked up by FRN (10 digits as text) from search and the provider's registry page.
CREATE INDEX filing_frn IF NOT EXISTS
FOR (f:Filing) ON (f.frn);
