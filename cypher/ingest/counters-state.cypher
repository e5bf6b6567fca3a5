// Does the store hold the day, month and campaign counters, and does it hold any traceback yet?
// Ingest marks an empty store as counted before its first traceback; a store loaded before the
// counters existed stays unmarked until `rebuild counters`.
:param {name: 'provider-days'};
RETURN EXISTS { MATCH (:Counters {name: $name}) } AS marked, EXISTS { MATCH (:Traceback) } AS anyTraceback;
