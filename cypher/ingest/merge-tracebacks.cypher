// Writes a batch of validated tracebacks: each traceback, its call (with caller ID, called
// number and campaign), its hops by their providers, and the chain of hops
// (terminating)-[:RECEIVED_FROM]->(upstream), given as indexes into the hop list. Tracebacks being replaced have had their hops
// deleted first; their providers exist already (merge-providers runs first, so run its
// example before this one); MERGE on constrained keys makes a retried batch safe.
// A hop has no id of its own (its traceback and position identify it). To keep hops small, a hop's …On
// date is stored only when its …At time is not (the date is that time's, in UTC; readers take
// coalesce(h.notifiedOn, date(h.notifiedAt))), and a hop's role, response and lateness are labels
// (`labels`: e.g. Terminating, NamedUpstream, Late; ingest/HopLabels): a label lives in the node
// record, so the hop's other properties fit in two property records. Stores written before with
// role, response and late properties are relabelled at start (cypher/migration/010-hop-labels).
:param {tracebacks: [{
  tracebackId: 'T-EXAMPLE-1', source: 'ITG', status: 'COMPLETE', contentHash: 'example', hopCount: 2, note: null,
  notifiedAt: datetime('2023-09-08T14:00:00Z'), notifiedOn: date('2023-09-08'),
  call: {callId: 'C-EXAMPLE-1', startedAt: datetime('2023-09-07T15:04:05Z'), startedOn: date('2023-09-07'),
         callerId: {e164: '+12125550100', valid: false, region: 'US'}, calledNumber: null,
         campaign: 'Example-Campaign', attestation: 'C', recordingUrl: null, violations: ['16 C.F.R. § 310.4(b)(1)(v)']},
  hops: [
    {position: 0, labels: ['Terminating', 'NamedUpstream'], attestation: 'C',
     notifiedAt: datetime('2023-09-08T14:00:00Z'), notifiedOn: date('2023-09-08'),
     respondedAt: datetime('2023-09-08T15:00:00Z'), respondedOn: date('2023-09-08'), providerId: 'acme-voice'},
    {position: 1, labels: ['Originating', 'IsOrigin'], attestation: 'C',
     notifiedAt: datetime('2023-09-08T15:00:00Z'), notifiedOn: date('2023-09-08'),
     respondedAt: datetime('2023-09-09T10:00:00Z'), respondedOn: date('2023-09-09'), providerId: 'robo-origin'}
  ],
  links: [{downstream: 0, upstream: 1}]
}]};
UNWIND $tracebacks AS tb
MERGE (t:Traceback {tracebackId: tb.tracebackId})
SET t.source = tb.source,
    t.notifiedAt = tb.notifiedAt,
    t.notifiedOn = tb.notifiedOn,
    t.status = tb.status,
    t.contentHash = tb.contentHash,
    t.hopCount = tb.hopCount,
    t.note = tb.note
MERGE (c:Call {callId: tb.call.callId})
SET c.startedAt = tb.call.startedAt,
    c.startedOn = tb.call.startedOn,
    c.attestation = tb.call.attestation,
    c.recordingUrl = tb.call.recordingUrl,
    c.violations = tb.call.violations
MERGE (t)-[:TRACES]->(c)
WITH t, c, tb
// One subquery per row: a call written twice in one batch (two tracebacks of one call) ends with
// the last row's numbers and campaign, not both.
CALL (c, tb) {
  CALL (c) {
    MATCH (c)-[old:FROM|TO|IN_CAMPAIGN]->()
    DELETE old
  }
  FOREACH (number IN CASE WHEN tb.call.callerId IS NULL THEN [] ELSE [tb.call.callerId] END |
    MERGE (n:PhoneNumber {e164: number.e164})
    SET n.valid = number.valid, n.region = number.region
    CREATE (c)-[:FROM]->(n))
  FOREACH (number IN CASE WHEN tb.call.calledNumber IS NULL THEN [] ELSE [tb.call.calledNumber] END |
    MERGE (n:PhoneNumber {e164: number.e164})
    SET n.valid = number.valid, n.region = number.region
    CREATE (c)-[:TO]->(n))
  FOREACH (name IN CASE WHEN tb.call.campaign IS NULL THEN [] ELSE [tb.call.campaign] END |
    MERGE (campaign:Campaign {name: name})
    CREATE (c)-[:IN_CAMPAIGN]->(campaign))
}
WITH t, tb
CALL (t, tb) {
  UNWIND tb.hops AS h
  MATCH (p:Provider {providerId: h.providerId})
  CREATE (hop:Hop:$(h.labels))
  SET hop.position = h.position,
      hop.attestation = h.attestation,
      hop.notifiedAt = h.notifiedAt,
      hop.notifiedOn = CASE WHEN h.notifiedAt IS NULL THEN h.notifiedOn END,
      hop.respondedAt = h.respondedAt,
      hop.respondedOn = CASE WHEN h.respondedAt IS NULL THEN h.respondedOn END
  CREATE (t)-[:HAS_HOP]->(hop)
  CREATE (hop)-[:BY]->(p)
  RETURN collect(hop) AS hops
}
CALL (tb, hops) {
  UNWIND tb.links AS link
  WITH hops[link.downstream] AS downstream, hops[link.upstream] AS upstream
  CREATE (downstream)-[:RECEIVED_FROM]->(upstream)
}
RETURN count(t) AS written;
