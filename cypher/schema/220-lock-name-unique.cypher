// A named lock in the graph (e.g. 'risk-report'), so that one run at a time holds it even with
// several app instances on one database: MERGE on a unique name never creates two.
CREATE CONSTRAINT lock_name_unique IF NOT EXISTS
FOR (l:Lock) REQUIRE l.name IS UNIQUE;
