// The evidence chart of one provider, in the columns of a letter's Attachment A: every traced call
// whose traceback has a hop by the provider (at a known position or not), newest notification first,
// optionally within a window of call dates. $limit caps the rows (the app asks for one more than it
// shows, to know whether the chart was cut).
:param {providerId: 'bandwidth-inc', from: null, to: null, limit: 1001};
MATCH (:Provider {providerId: $providerId})<-[:BY]-(:Hop)<-[:HAS_HOP]-(t:Traceback)-[:TRACES]->(c:Call)
WHERE ($from IS NULL OR c.startedOn >= $from)
  AND ($to IS NULL OR c.startedOn <= $to)
WITH DISTINCT t, c
RETURN t.notifiedOn AS notifiedOn,
       c.startedOn AS calledOn,
       COLLECT { MATCH (c)-[:FROM]->(n:PhoneNumber) RETURN n.e164 }[0] AS callerId,
       COLLECT { MATCH (c)-[:IN_CAMPAIGN]->(k:Campaign) RETURN k.name }[0] AS campaign,
       c.recordingUrl AS recordingUrl,
       c.violations AS violations,
       t.tracebackId AS tracebackId,
       c.callId AS callId
ORDER BY notifiedOn DESC, calledOn DESC, tracebackId
LIMIT $limit;
