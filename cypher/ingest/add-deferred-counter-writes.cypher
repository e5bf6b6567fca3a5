// How many imports hold month and campaign counter changes to write later, summed over their
// batches, instead of writing them with each batch? An import of many tracebacks adds 1 before its
// first batch and takes it away once its last changes are written (at 0 the property goes). While it is above 0 the counters
// may be short, so the window and campaign rankings count the calls (day-counters-are-built); an
// import killed midway leaves it above 0 until `rebuild counters` deletes the mark and counts again.
:param {name: 'provider-days', change: 1};
MERGE (c:Counters {name: $name})
WITH c, coalesce(c.deferredWrites, 0) + $change AS deferredWrites
SET c.deferredWrites = CASE WHEN deferredWrites <> 0 THEN deferredWrites END
RETURN deferredWrites AS deferredWrites;
