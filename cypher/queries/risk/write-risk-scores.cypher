// Writes a batch of a run's scores: one RiskScore per provider, with its rank, score, change
// since the previous report and its factor breakdown as parallel lists (name, value, normalised
// value, weight, contribution, detail), linked to its report and its provider.
:param {reportId: 'RR-EXAMPLE', scores: [{providerId: 'robo-origin', rank: 1, score: 42.5, direct: 40.0,
  previousScore: null, previousRank: null, change: null, isNew: true,
  factorNames: ['originating'], factorValues: [3.0], factorNormalized: [1.0], factorWeights: [18.0],
  factorContributions: [18.0], factorDetails: ['3 traced calls as originator']}]};
MATCH (r:RiskReport {reportId: $reportId})
UNWIND $scores AS s
MATCH (p:Provider {providerId: s.providerId})
CREATE (r)-[:HAS_SCORE]->(score:RiskScore)-[:FOR]->(p)
SET score = s
RETURN count(score) AS written;
