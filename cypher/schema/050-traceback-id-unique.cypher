// Ingest is idempotent by tracebackId: this constraint makes MERGE safe and fast.
CREATE CONSTRAINT traceback_id_unique IF NOT EXISTS
FOR (t:Traceback) REQUIRE t.tracebackId IS UNIQUE;
