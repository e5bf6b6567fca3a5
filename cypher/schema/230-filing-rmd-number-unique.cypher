// A Robocall Mitigation Database filing is identified by its RMD number (e.g. 'RMD0002564').
CREATE CONSTRAINT filing_rmd_number_unique IF NOT EXISTS
FOR (f:Filing) REQUIRE f.rmdNumber IS UNIQUE;
