// Adds a batch's traced calls to its providers' counters, so rankings read counters instead
// of walking every hop of every provider. Ingest sums the batch per provider first (one row,
// one write per provider and batch). A traced call is one traceback: tracedCalls counts the
// tracebacks with a hop by the provider, callsAs<Role> those with a hop by it in that role,
// tracedHops, noResponses and lateResponses its hops, its hops without an answer and those
// answered more than 24 hours late; firstSeen and lastSeen
// widen to the batch's call dates.
:param {providers: [{providerId: 'robo-origin', calls: 1, originating: 1, gateway: 0, intermediate: 0,
                    terminating: 0, unknown: 0, hops: 1, noResponses: 0, lateResponses: 0,
                    firstSeen: date('2024-01-05'), lastSeen: date('2024-01-05')}]};
UNWIND $providers AS counts
MATCH (p:Provider {providerId: counts.providerId})
SET p.tracedCalls = coalesce(p.tracedCalls, 0) + counts.calls,
    p.callsAsOriginating = coalesce(p.callsAsOriginating, 0) + counts.originating,
    p.callsAsGateway = coalesce(p.callsAsGateway, 0) + counts.gateway,
    p.callsAsIntermediate = coalesce(p.callsAsIntermediate, 0) + counts.intermediate,
    p.callsAsTerminating = coalesce(p.callsAsTerminating, 0) + counts.terminating,
    p.callsAsUnknown = coalesce(p.callsAsUnknown, 0) + counts.unknown,
    p.tracedHops = coalesce(p.tracedHops, 0) + counts.hops,
    p.noResponses = coalesce(p.noResponses, 0) + counts.noResponses,
    p.lateResponses = coalesce(p.lateResponses, 0) + counts.lateResponses,
    p.firstSeen = CASE
      WHEN counts.firstSeen IS NULL THEN p.firstSeen
      WHEN p.firstSeen IS NULL OR counts.firstSeen < p.firstSeen THEN counts.firstSeen
      ELSE p.firstSeen END,
    p.lastSeen = CASE
      WHEN counts.lastSeen IS NULL THEN p.lastSeen
      WHEN p.lastSeen IS NULL OR counts.lastSeen > p.lastSeen THEN counts.lastSeen
      ELSE p.lastSeen END
RETURN count(p) AS providers;
