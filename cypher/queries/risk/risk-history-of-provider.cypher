// A provider's score in every complete risk report, newest first: has it risen or fallen?
:param {providerId: 'robo-origin', skip: 0, limit: 21};
MATCH (p:Provider {providerId: $providerId})<-[:FOR]-(s:RiskScore)<-[:HAS_SCORE]-(r:RiskReport {status: 'COMPLETE'})
RETURN r.reportId AS reportId, r.startedAt AS startedAt, r.referenceDate AS referenceDate, s.rank AS rank,
       r.providers AS providers, s.score AS score, s.change AS change, s.isNew AS isNew
ORDER BY startedAt DESC, reportId DESC
SKIP $skip LIMIT $limit;
