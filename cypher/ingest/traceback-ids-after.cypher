// The next page of traceback ids after $after (null: from the start), in id order, for commands
// that walk every traceback in batches.
:param {after: null, limit: 1000};
MATCH (t:Traceback)
WHERE t.tracebackId > coalesce($after, '')
RETURN t.tracebackId AS tracebackId
ORDER BY tracebackId
LIMIT $limit;
