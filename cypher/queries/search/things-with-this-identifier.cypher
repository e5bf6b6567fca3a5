// What has exactly this identifier? A call or traceback id, a provider id, a campaign name, a
// phone number (give it as E.164 in $e164), or an FCC registry filing's RMD number or FRN. $ids
// holds the text as typed and in upper and lower case (ids are matched exactly, on their unique
// keys; $frn is the text as a 10-digit FRN when it is one). Filing nodes exist once the FCC registry is loaded; each comes with the providers it is
// linked to.
:param {ids: ['EX-C-1', 'ex-c-1'], e164: '+12125550100', frn: null};
CALL () {
  MATCH (c:Call) WHERE c.callId IN $ids
  RETURN 'CALL' AS type, c.callId AS key, c.callId AS label,
         COLLECT { MATCH (c)-[:IN_CAMPAIGN]->(k:Campaign) RETURN k.name }[0] AS detail, c.startedOn AS day,
         [] AS providerIds
  UNION ALL
  MATCH (t:Traceback) WHERE t.tracebackId IN $ids
  RETURN 'TRACEBACK' AS type, t.tracebackId AS key, t.tracebackId AS label, t.status AS detail,
         t.notifiedOn AS day, [] AS providerIds
  UNION ALL
  MATCH (p:Provider) WHERE p.providerId IN $ids
  RETURN 'PROVIDER' AS type, p.providerId AS key, p.name AS label, p.country AS detail, p.lastSeen AS day,
         [] AS providerIds
  UNION ALL
  MATCH (k:Campaign) WHERE k.name IN $ids
  RETURN 'CAMPAIGN' AS type, k.name AS key, k.name AS label, null AS detail, null AS day, [] AS providerIds
  UNION ALL
  MATCH (n:PhoneNumber {e164: $e164})
  RETURN 'NUMBER' AS type, n.e164 AS key, n.e164 AS label, null AS detail, null AS day, [] AS providerIds
  UNION ALL
  MATCH (f:Filing) WHERE f.rmdNumber IN $ids OR f.frn IN $ids OR f.frn = $frn
  RETURN 'FILING' AS type, f.rmdNumber AS key, f.businessName AS label, f.frn AS detail, null AS day,
         COLLECT { MATCH (f)<-[:FILED_AS]-(p:Provider) RETURN p.providerId ORDER BY p.providerId } AS providerIds
}
RETURN type, key, label, detail, day, providerIds
ORDER BY type, key;
