// An analyst says a provider is not the filer of a filing: any link or candidate between them
// goes, and the rejection stays so that matching never proposes the pair again. Returns nothing
// when the provider or the filing does not exist.
:param {providerId: 'bandwidth-inc', rmdNumber: 'RMD0003709', decidedBy: 'dev'};
MATCH (p:Provider {providerId: $providerId}), (f:Filing {rmdNumber: $rmdNumber})
CALL (p, f) {
  MATCH (p)-[old:FILED_AS|MAY_BE]->(f)
  DELETE old
}
MERGE (p)-[no:NOT_FILED_AS]->(f)
SET no.decidedBy = $decidedBy, no.decidedAt = datetime()
RETURN p.providerId AS providerId, f.rmdNumber AS rmdNumber;
