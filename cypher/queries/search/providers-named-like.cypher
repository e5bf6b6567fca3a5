// Which providers have a name like this? $normalized is the text in lower case, letters and
// digits only (as provider names are kept in normalizedName): names that start with it first,
// then names that contain it, busiest first.
:param {normalized: 'carrier', limit: 11};
MATCH (p:Provider)
WHERE p.normalizedName CONTAINS $normalized OR toLower(p.providerId) CONTAINS $normalized
RETURN 'PROVIDER' AS type, p.providerId AS key, p.name AS label, p.country AS detail, p.lastSeen AS day,
       [] AS providerIds
ORDER BY p.normalizedName STARTS WITH $normalized DESC, coalesce(p.tracedCalls, 0) DESC, key
LIMIT $limit;
