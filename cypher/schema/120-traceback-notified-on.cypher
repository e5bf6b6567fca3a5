// Tracebacks by the date the first provider was notified.
CREATE RANGE INDEX traceback_notified_on IF NOT EXISTS
FOR (t:Traceback) ON (t.notifiedOn);
