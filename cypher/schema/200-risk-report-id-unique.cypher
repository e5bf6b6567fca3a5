// A risk report run is found by its id (GET /api/risk/reports/{id}).
CREATE CONSTRAINT risk_report_id_unique IF NOT EXISTS
FOR (r:RiskReport) REQUIRE r.reportId IS UNIQUE;
