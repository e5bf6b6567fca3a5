// Stores made before hops lost their hopId still carry its unique constraint, which every hop written
// would keep paying for in ingest time and index bytes; a hop is identified by its traceback and position.
DROP CONSTRAINT hop_id_unique IF EXISTS;
