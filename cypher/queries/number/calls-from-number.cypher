// The traced calls that showed this caller ID, newest first, a page at a time, each with its
// campaign and the tracebacks that followed it.
:param {e164: '+12125550101', skip: 0, limit: 21};
MATCH (:PhoneNumber {e164: $e164})<-[:FROM]-(c:Call)
RETURN c.callId AS callId,
       c.startedAt AS startedAt,
       c.startedOn AS startedOn,
       COLLECT { MATCH (c)-[:IN_CAMPAIGN]->(k:Campaign) RETURN k.name }[0] AS campaign,
       COLLECT {
         MATCH (c)<-[:TRACES]-(t:Traceback)
         RETURN {tracebackId: t.tracebackId, status: t.status}
       } AS tracebacks
ORDER BY startedOn DESC, callId
SKIP $skip
LIMIT $limit;
