// Marks a run COMPLETE once all its scores are written, with its summary (reference date,
// previous report, counts, weights used); from now on it is the latest report.
:param {reportId: 'RR-EXAMPLE', summary: {finishedAt: datetime('2026-11-28T02:00:30Z'), durationMs: 30000,
  referenceDate: date('2024-12-31'), previousReportId: null, providers: 1, newProviders: 1,
  weightNames: ['originating'], weightValues: [18.0], halfLifeDays: 365}};
MATCH (r:RiskReport {reportId: $reportId})
SET r += $summary, r.status = 'COMPLETE'
RETURN r.reportId AS reportId;
