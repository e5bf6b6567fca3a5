// The scores of the latest complete report, to find the movers and the new providers of the
// next run.
:param {};
MATCH (r:RiskReport {status: 'COMPLETE'})
WITH r ORDER BY r.startedAt DESC LIMIT 1
MATCH (r)-[:HAS_SCORE]->(s:RiskScore)
RETURN r.reportId AS reportId, s.providerId AS providerId, s.score AS score, s.rank AS rank;
