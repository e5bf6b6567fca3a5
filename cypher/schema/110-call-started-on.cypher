// Calls by the date they were made (UTC): time windows for rankings and evidence charts.
CREATE RANGE INDEX call_started_on IF NOT EXISTS
FOR (c:Call) ON (c.startedOn);
