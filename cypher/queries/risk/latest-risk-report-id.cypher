// The newest complete risk report; running and failed runs are never the latest.
:param {};
MATCH (r:RiskReport {status: 'COMPLETE'})
RETURN r.reportId AS reportId
ORDER BY r.startedAt DESC, r.reportId DESC
LIMIT 1;
