// When did this provider fail to answer a traceback, or answer late? Its hops with response
// NO_RESPONSE, or answered more than 24 hours after notification (47 CFR 64.1200(n)(1); labelled
// `Late` at ingest, when both times are known), newest notification first, optionally for calls
// made in a window. Walks the provider's own hops. A hop keeps its …On date only when it has no …At time.
:param {providerId: 'overseas-voip', from: null, to: null, skip: 0, limit: 21};
MATCH (p:Provider {providerId: $providerId})<-[:BY]-(h:Hop)
WHERE h:NoResponse OR h:Late
MATCH (h)<-[:HAS_HOP]-(t:Traceback)-[:TRACES]->(c:Call)
WHERE ($from IS NULL OR c.startedOn >= $from) AND ($to IS NULL OR c.startedOn <= $to)
OPTIONAL MATCH (c)-[:IN_CAMPAIGN]->(k:Campaign)
RETURN t.tracebackId AS tracebackId, c.callId AS callId, c.startedOn AS callDate, k.name AS campaign,
       h.position AS position,
       CASE WHEN h:Terminating THEN 'TERMINATING' WHEN h:Intermediate THEN 'INTERMEDIATE'
         WHEN h:Gateway THEN 'GATEWAY' WHEN h:Originating THEN 'ORIGINATING' ELSE 'UNKNOWN' END AS role,
       h.notifiedAt AS notifiedAt,
       coalesce(h.notifiedOn, date(h.notifiedAt)) AS notifiedOn,
       h.respondedAt AS respondedAt, coalesce(h.respondedOn, date(h.respondedAt)) AS respondedOn,
       CASE WHEN h.notifiedAt IS NOT NULL AND h.respondedAt IS NOT NULL
         THEN round(duration.inSeconds(h.notifiedAt, h.respondedAt).seconds / 3600.0, 2) END AS hoursTaken,
       CASE WHEN h:NoResponse THEN 'NO_RESPONSE' ELSE 'LATE' END AS kind
ORDER BY coalesce(notifiedOn, date('0001-01-01')) DESC,
         coalesce(notifiedAt, datetime('0001-01-01T00:00:00Z')) DESC, tracebackId, coalesce(position, -1)
SKIP $skip LIMIT $limit;
