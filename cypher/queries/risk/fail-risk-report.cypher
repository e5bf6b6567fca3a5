// Undoes a failed run: deletes the scores it wrote and marks it FAILED with the reason, so the
// previous complete report stays the latest and the failure stays on record.
:param {reportId: 'RR-EXAMPLE', finishedAt: datetime('2026-11-28T02:00:30Z'), error: 'example failure'};
MATCH (r:RiskReport {reportId: $reportId})
CALL (r) {
  MATCH (r)-[:HAS_SCORE]->(s:RiskScore)
  DETACH DELETE s
}
SET r.status = 'FAILED', r.finishedAt = $finishedAt, r.error = $error
RETURN r.reportId AS reportId;
