// One node per traced call.
CREATE CONSTRAINT call_id_unique IF NOT EXISTS
FOR (c:Call) REQUIRE c.callId IS UNIQUE;
