// Writes an RMD export's filings, idempotent by RMD number: a filing whose content hash is
// unchanged is left as it is; a changed one is updated; a filing back in the export after a
// removal is no longer removed. Returns what happened to each, for the import's summary.
:param {filings: [{rmdNumber: 'RMD0002564', frn: '0015443773', businessName: 'Bandwidth Inc.', dbaNames: [], previousNames: ['Bandwidth.com, Inc.'], otherFrns: [], implementation: 'Yes', declaresVoice: true, declaresGateway: true, declaresIntermediate: true, foreign: false, lastUpdated: date('2024-04-24'), url: null, searchText: 'bandwidth inc. | bandwidth.com, inc.', contentHash: 'example'}]};
UNWIND $filings AS filing
MERGE (f:Filing {rmdNumber: filing.rmdNumber})
WITH f, filing, f.contentHash IS NULL AS created,
     f.contentHash IS NOT NULL AND f.contentHash <> filing.contentHash AS updated,
     f.removedOn IS NOT NULL AS restored
FOREACH (changed IN CASE WHEN created OR updated OR restored THEN [1] ELSE [] END |
  SET f += filing, f.removedOn = null)
RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS created,
       sum(CASE WHEN updated THEN 1 ELSE 0 END) AS updated,
       sum(CASE WHEN restored THEN 1 ELSE 0 END) AS restored;
