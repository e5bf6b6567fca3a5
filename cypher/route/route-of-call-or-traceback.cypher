// The route of one traceback, or of a call's newest traceback: the traced call (caller ID,
// called number, campaign), every hop with its provider, role, response, times, lateness and
// attestation, and the call's other tracebacks, newest first. One query per lookup. Give
// $tracebackId, or $callId with $tracebackId null. Hops whose position is unknown come back
// with position null; the app orders the rest in call direction.
:param {tracebackId: null, callId: 'FTC-2023-11-27-BANDWIDTH-R001'};
CYPHER 25
CALL () {
  WHEN $tracebackId IS NOT NULL THEN {
    MATCH (t:Traceback {tracebackId: $tracebackId})
    RETURN t }
  ELSE {
    MATCH (:Call {callId: $callId})<-[:TRACES]-(t:Traceback)
    RETURN t ORDER BY t.notifiedOn DESC, t.notifiedAt DESC, t.tracebackId LIMIT 1 }
}
OPTIONAL MATCH (t)-[:TRACES]->(c:Call)
RETURN t.tracebackId AS tracebackId,
       t.source AS source,
       t.status AS status,
       t.notifiedAt AS notifiedAt,
       t.notifiedOn AS notifiedOn,
       t.note AS note,
       c.callId AS callId,
       c.startedAt AS startedAt,
       c.startedOn AS startedOn,
       c.attestation AS callAttestation,
       c.recordingUrl AS recordingUrl,
       c.violations AS violations,
       COLLECT { MATCH (c)-[:FROM]->(n:PhoneNumber) RETURN n.e164 }[0] AS callerId,
       COLLECT { MATCH (c)-[:TO]->(n:PhoneNumber) RETURN n.e164 }[0] AS calledNumber,
       COLLECT { MATCH (c)-[:IN_CAMPAIGN]->(campaign:Campaign) RETURN campaign.name }[0] AS campaign,
       COLLECT {
         MATCH (t)-[:HAS_HOP]->(h:Hop)-[:BY]->(p:Provider)
         RETURN {position: h.position, attestation: h.attestation,
                 role: CASE WHEN h:Terminating THEN 'TERMINATING' WHEN h:Intermediate THEN 'INTERMEDIATE'
                       WHEN h:Gateway THEN 'GATEWAY' WHEN h:Originating THEN 'ORIGINATING' ELSE 'UNKNOWN' END,
                 response: CASE WHEN h:NamedUpstream THEN 'NAMED_UPSTREAM' WHEN h:IsOrigin THEN 'IS_ORIGIN'
                           WHEN h:NotFound THEN 'NOT_FOUND' WHEN h:NoResponse THEN 'NO_RESPONSE' END,
                 notifiedAt: h.notifiedAt, notifiedOn: coalesce(h.notifiedOn, date(h.notifiedAt)),
                 respondedAt: h.respondedAt, respondedOn: coalesce(h.respondedOn, date(h.respondedAt)),
                 late: h:Late,
                 providerId: p.providerId, providerName: p.name, providerCountry: p.country,
                 providerForeign: p.foreign}
       } AS hops,
       COLLECT {
         MATCH (c)<-[:TRACES]-(other:Traceback)
         WHERE other <> t
         RETURN other.tracebackId ORDER BY other.notifiedOn DESC, other.notifiedAt DESC, other.tracebackId
       } AS otherTracebackIds;
