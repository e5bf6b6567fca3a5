// Which FCC registry filings have a business name like this? Case-insensitive, with the providers
// each is linked to. Filing nodes exist once the FCC registry is loaded; before that, none.
:param {text: 'bandwidth', limit: 11};
MATCH (f:Filing)
WHERE toLower(f.businessName) CONTAINS toLower($text)
RETURN 'FILING' AS type, f.rmdNumber AS key, f.businessName AS label, f.frn AS detail, null AS day,
       COLLECT { MATCH (f)--(p:Provider) RETURN DISTINCT p.providerId ORDER BY p.providerId } AS providerIds
ORDER BY label, key
LIMIT $limit;
