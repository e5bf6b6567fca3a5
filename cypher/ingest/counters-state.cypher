// Does the store hold the day, week, month and campaign counters of this version, and does it hold
// any traceback yet? Ingest marks an empty store as counted before its first traceback; a store
// loaded before the counters existed, or counted by an older version (without weeks), stays
// unmarked until `rebuild counters`.
:param {name: 'provider-days', version: 2};
RETURN EXISTS { MATCH (c:Counters {name: $name}) WHERE c.version = $version } AS marked,
       EXISTS { MATCH (:Traceback) } AS anyTraceback;
