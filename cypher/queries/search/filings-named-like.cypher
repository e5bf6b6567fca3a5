// Which FCC registry filings have a name (business, DBA or previous) like this? Case-insensitive, with the providers
// each is linked to. Filing nodes exist once the FCC registry is loaded; before that, none.
:param {text: 'bandwidth', limit: 11};
MATCH (f:Filing)
WHERE f.searchText CONTAINS toLower($text)
RETURN 'FILING' AS type, f.rmdNumber AS key, f.businessName AS label, f.frn AS detail, null AS day,
       COLLECT { MATCH (f)<-[:FILED_AS]-(p:Provider) RETURN p.providerId ORDER BY p.providerId } AS providerIds
ORDER BY label, key
LIMIT $limit;
