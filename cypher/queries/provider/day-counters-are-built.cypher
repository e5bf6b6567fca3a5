// Are the month and campaign counters complete? A store loaded before they existed, or counted by an
// older version (1 and 2 kept day and week counters, without days inside the months), has none the
// window queries can read until `rebuild counters` runs; while a large import holds changes it has
// yet to write (add-deferred-counter-writes), or after one was killed midway, they may be short.
// Until then the window and campaign rankings count the calls.
:param {};
RETURN EXISTS {
  MATCH (c:Counters {name: 'provider-days'})
  WHERE c.version >= 3 AND coalesce(c.deferredWrites, 0) = 0
} AS exists;
