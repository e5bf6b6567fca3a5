// Registry filings by RMD number, FRN (10 digits, as text) or part of any of their names
// (business, DBA or previous; lower case), with the providers linked to each. Paged.
:param {rmdNumber: null, frn: null, text: 'bandwidth', skip: 0, limit: 21};
MATCH (f:Filing)
WHERE f.rmdNumber = $rmdNumber OR f.frn = $frn OR $frn IN f.otherFrns
   OR ($text IS NOT NULL AND f.searchText CONTAINS $text)
RETURN f.rmdNumber AS rmdNumber, f.frn AS frn, f.businessName AS businessName, f.dbaNames AS dbaNames,
       f.implementation AS implementation, f.removedOn AS removedOn, f.url AS filingUrl,
       COLLECT { MATCH (f)<-[:FILED_AS]-(p:Provider) RETURN p.providerId ORDER BY p.providerId } AS providerIds
ORDER BY businessName, rmdNumber
SKIP $skip LIMIT $limit;
