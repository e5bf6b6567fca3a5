// Replaces the automatic links and candidates of the providers matched in this run (links an
// analyst confirmed and filings an analyst rejected are kept): FILED_AS {status: 'AUTO'} for a
// single match, MAY_BE for candidates, each with how it was found and why.
:param {providerIds: ['bandwidth-inc'], links: [{providerId: 'bandwidth-inc', rmdNumber: 'RMD0002564', method: 'BUSINESS_NAME', score: 1.0, reason: "'Bandwidth Inc.' is the business name 'Bandwidth Inc.' once normalised"}], candidates: []};
CALL () {
  MATCH (p:Provider)-[old:FILED_AS|MAY_BE]->(:Filing)
  WHERE p.providerId IN $providerIds AND (type(old) = 'MAY_BE' OR old.status = 'AUTO')
  DELETE old
}
CALL () {
  UNWIND $links AS link
  MATCH (p:Provider {providerId: link.providerId}), (f:Filing {rmdNumber: link.rmdNumber})
  CREATE (p)-[:FILED_AS {status: 'AUTO', method: link.method, score: link.score, reason: link.reason}]->(f)
}
CALL () {
  UNWIND $candidates AS candidate
  MATCH (p:Provider {providerId: candidate.providerId}), (f:Filing {rmdNumber: candidate.rmdNumber})
  CREATE (p)-[:MAY_BE {method: candidate.method, score: candidate.score, reason: candidate.reason}]->(f)
}
MATCH (p:Provider) WHERE p.providerId IN $providerIds
SET p.registryCheckedOn = date()
RETURN count(p) AS providers;
