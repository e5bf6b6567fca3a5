// Records that the store holds the day, month and campaign counters (written when the first
// traceback is counted into an empty store, or after `rebuild counters`), so the ranking knows it
// may read them.
:param {name: 'provider-days', version: 2};
MERGE (c:Counters {name: $name})
SET c.version = $version
RETURN c.name AS name;
