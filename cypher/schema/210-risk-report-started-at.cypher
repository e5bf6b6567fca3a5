// Reports newest first (the list, the latest complete report, the previous one for movers).
CREATE RANGE INDEX risk_report_started_at IF NOT EXISTS
FOR (r:RiskReport) ON (r.startedAt);
