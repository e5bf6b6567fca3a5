// The registry flags of every provider, kept on the provider so that risk scores, pages and
// queries read one answer: NO_FILING (no filing and no candidate: carriers may not accept its
// traffic), UNRESOLVED (candidates, none linked), REMOVED_FILING (its filing was removed from
// the registry), NO_STIR_SHAKEN (it filed implementation No), UNDECLARED_GATEWAY (it carried
// traced calls as a gateway without declaring the gateway role). No flags before a registry is
// loaded.
:param {};
MATCH (p:Provider)
WITH p, EXISTS { MATCH (:Filing) } AS loaded,
     COLLECT { MATCH (p)-[:FILED_AS]->(f:Filing) RETURN f } AS filings,
     EXISTS { (p)-[:MAY_BE]->(:Filing) } AS candidates
WITH p, CASE WHEN NOT loaded THEN [] ELSE
  CASE WHEN size(filings) = 0 AND NOT candidates THEN ['NO_FILING'] ELSE [] END +
  CASE WHEN size(filings) = 0 AND candidates THEN ['UNRESOLVED'] ELSE [] END +
  CASE WHEN size(filings) > 0 AND all(f IN filings WHERE f.removedOn IS NOT NULL) THEN ['REMOVED_FILING'] ELSE [] END +
  CASE WHEN size(filings) > 0 AND all(f IN filings WHERE f.implementation = 'No') THEN ['NO_STIR_SHAKEN'] ELSE [] END +
  CASE WHEN size(filings) > 0 AND coalesce(p.callsAsGateway, 0) > 0
            AND none(f IN filings WHERE f.declaresGateway) THEN ['UNDECLARED_GATEWAY'] ELSE [] END
  END AS flags
WHERE coalesce(p.registryFlags, []) <> flags
SET p.registryFlags = flags
RETURN count(p) AS changed;
