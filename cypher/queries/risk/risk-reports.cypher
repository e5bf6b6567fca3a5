// Risk report runs, newest first, with their status (RUNNING, COMPLETE, FAILED).
:param {skip: 0, limit: 21};
MATCH (r:RiskReport)
RETURN r.reportId AS reportId, r.status AS status, r.trigger AS trigger, r.startedAt AS startedAt,
       r.finishedAt AS finishedAt, r.durationMs AS durationMs, r.referenceDate AS referenceDate,
       r.previousReportId AS previousReportId, r.providers AS providers, r.newProviders AS newProviders,
       r.error AS error
ORDER BY startedAt DESC, reportId DESC
SKIP $skip LIMIT $limit;
