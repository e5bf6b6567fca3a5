// One risk report: its summary and weights, its biggest movers since the previous report (by
// absolute change of score) and its best-ranked new providers (not scored by the previous one).
:param {reportId: 'RR-EXAMPLE', movers: 10, newProviders: 20};
MATCH (r:RiskReport {reportId: $reportId})
RETURN r.reportId AS reportId, r.status AS status, r.trigger AS trigger, r.startedAt AS startedAt,
       r.finishedAt AS finishedAt, r.durationMs AS durationMs, r.referenceDate AS referenceDate,
       r.previousReportId AS previousReportId, r.providers AS providers, r.newProviders AS newProviders,
       r.error AS error, r.halfLifeDays AS halfLifeDays,
       coalesce(r.weightNames, []) AS weightNames, coalesce(r.weightValues, []) AS weightValues,
       COLLECT {
         MATCH (r)-[:HAS_SCORE]->(s:RiskScore)-[:FOR]->(p:Provider)
         WHERE s.change IS NOT NULL AND s.change <> 0
         WITH s, p ORDER BY abs(s.change) DESC, s.providerId LIMIT $movers
         RETURN {providerId: s.providerId, name: p.name, score: s.score, previousScore: s.previousScore,
                 change: s.change, rank: s.rank, previousRank: s.previousRank}
       } AS movers,
       COLLECT {
         MATCH (r)-[:HAS_SCORE]->(s:RiskScore {isNew: true})-[:FOR]->(p:Provider)
         WHERE r.previousReportId IS NOT NULL
         WITH s, p ORDER BY s.rank LIMIT $newProviders
         RETURN {providerId: s.providerId, name: p.name, score: s.score, rank: s.rank}
       } AS newProviderList;
