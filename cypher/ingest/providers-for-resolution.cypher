// The providers whose filing is not settled by an analyst (no confirmed link), with the filings
// an analyst said they are not; with $onlyNew, only those never matched (after an import).
:param {onlyNew: false};
MATCH (p:Provider)
WHERE NOT EXISTS { (p)-[:FILED_AS {status: 'CONFIRMED'}]->(:Filing) }
  AND (NOT $onlyNew OR p.registryCheckedOn IS NULL)
RETURN p.providerId AS providerId, coalesce(p.name, p.providerId) AS name,
       COLLECT { MATCH (p)-[:NOT_FILED_AS]->(f:Filing) RETURN f.rmdNumber } AS rejected
ORDER BY providerId;
