// What the FCC's Robocall Mitigation Database says of a provider: the filings it is linked to
// (how and how sure), the filings that may be it (not linked), the ones an analyst rejected, and
// its registry flags. Returns nothing for an unknown provider.
:param {providerId: 'bandwidth-inc'};
MATCH (p:Provider {providerId: $providerId})
RETURN p.providerId AS providerId,
       EXISTS { MATCH (:Filing) } AS registryLoaded,
       p.registryCheckedOn AS checkedOn,
       coalesce(p.registryFlags, []) AS flags,
       COLLECT {
         MATCH (p)-[l:FILED_AS]->(f:Filing)
         RETURN f {.rmdNumber, .frn, .businessName, .dbaNames, .previousNames, .otherFrns, .implementation,
                   .declaresVoice, .declaresGateway, .declaresIntermediate, .foreign, .lastUpdated, .removedOn,
                   filingUrl: f.url,
                   link: {status: l.status, method: l.method, confidence: l.score, reason: l.reason,
                          decidedBy: l.decidedBy}}
         ORDER BY l.status, f.rmdNumber
       } AS filings,
       COLLECT {
         MATCH (p)-[m:MAY_BE]->(f:Filing)
         RETURN {rmdNumber: f.rmdNumber, businessName: f.businessName, removedOn: f.removedOn,
                 method: m.method, score: m.score, reason: m.reason}
         ORDER BY m.score DESC, f.rmdNumber
       } AS candidates,
       COLLECT {
         MATCH (p)-[n:NOT_FILED_AS]->(f:Filing)
         RETURN {rmdNumber: f.rmdNumber, businessName: f.businessName, decidedBy: n.decidedBy}
         ORDER BY f.rmdNumber
       } AS rejected;
