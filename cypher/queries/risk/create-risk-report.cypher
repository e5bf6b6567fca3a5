// Starts a risk report run: the report node, RUNNING until its scores are all written. Readers of
// the latest report only ever see COMPLETE ones, so a run in progress or a failed one is never
// half-read.
:param {report: {reportId: 'RR-EXAMPLE', trigger: 'MANUAL', startedAt: datetime('2026-11-28T02:00:00Z')}};
CREATE (r:RiskReport {reportId: $report.reportId, status: 'RUNNING', trigger: $report.trigger,
                      startedAt: $report.startedAt})
RETURN r.reportId AS reportId;
