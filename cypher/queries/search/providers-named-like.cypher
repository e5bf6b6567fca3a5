// Which providers have a name like this? Names or ids that contain the text (case-insensitive),
// and names equal to it once spaces and punctuation are set aside ($normalized: lower case,
// letters and digits only, as names are kept in normalizedName). Names that start with the text
// first, then the busiest.
:param {text: 'carrier', normalized: 'carrier', limit: 11};
MATCH (p:Provider)
WHERE toLower(p.name) CONTAINS toLower($text) OR toLower(p.providerId) CONTAINS toLower($text)
   OR p.normalizedName = $normalized
RETURN 'PROVIDER' AS type, p.providerId AS key, p.name AS label, p.country AS detail, p.lastSeen AS day,
       [] AS providerIds
ORDER BY toLower(p.name) STARTS WITH toLower($text) DESC, coalesce(p.tracedCalls, 0) DESC, key
LIMIT $limit;
