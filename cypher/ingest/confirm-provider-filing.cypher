// An analyst confirms that a provider is the filer of a filing: the one confirmed link, kept over
// later imports and matching; the provider's automatic links and candidates go, and a rejection
// of this filing is withdrawn. Returns nothing when the provider or the filing does not exist.
:param {providerId: 'bandwidth-inc', rmdNumber: 'RMD0002564', decidedBy: 'dev'};
MATCH (p:Provider {providerId: $providerId}), (f:Filing {rmdNumber: $rmdNumber})
CALL (p) {
  MATCH (p)-[old:FILED_AS|MAY_BE|NOT_FILED_AS]->(other:Filing)
  WHERE type(old) <> 'NOT_FILED_AS' OR other.rmdNumber = $rmdNumber
  DELETE old
}
CREATE (p)-[:FILED_AS {status: 'CONFIRMED', method: 'ANALYST', score: 1.0,
                       reason: 'confirmed by ' + $decidedBy, decidedBy: $decidedBy, decidedAt: datetime()}]->(f)
RETURN p.providerId AS providerId, f.rmdNumber AS rmdNumber;
