// A report's scores in rank order, each with its provider and factor breakdown.
:param {reportId: 'RR-EXAMPLE', skip: 0, limit: 100};
MATCH (r:RiskReport {reportId: $reportId})-[:HAS_SCORE]->(s:RiskScore)-[:FOR]->(p:Provider)
RETURN s.rank AS rank, s.providerId AS providerId, p.name AS name, p.country AS country, s.score AS score,
       s.direct AS direct, s.previousScore AS previousScore, s.previousRank AS previousRank, s.change AS change,
       s.isNew AS isNew, s.factorNames AS factorNames, s.factorValues AS factorValues,
       s.factorNormalized AS factorNormalized, s.factorWeights AS factorWeights,
       s.factorContributions AS factorContributions, s.factorDetails AS factorDetails
ORDER BY rank, providerId
SKIP $skip LIMIT $limit;
