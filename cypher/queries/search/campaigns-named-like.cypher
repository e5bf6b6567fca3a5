// Which campaigns have a name like this? Case-insensitive; most traced calls first.
:param {text: 'amazon', limit: 11};
MATCH (k:Campaign)
WHERE toLower(k.name) CONTAINS toLower($text)
WITH k, COUNT { (k)<-[:IN_CAMPAIGN]-() } AS calls
RETURN 'CAMPAIGN' AS type, k.name AS key, k.name AS label, toString(calls) + ' calls' AS detail, null AS day,
       [] AS providerIds
ORDER BY calls DESC, key
LIMIT $limit;
