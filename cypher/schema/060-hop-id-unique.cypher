// A hop's id is its traceback's id plus its place in it ('T-1#3', or 'T-1#u0' when the position is unknown).
CREATE CONSTRAINT hop_id_unique IF NOT EXISTS
FOR (h:Hop) REQUIRE h.hopId IS UNIQUE;
