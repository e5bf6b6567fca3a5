// The counters every risk score starts from, for every provider: identity, foreign flag, and the
// traced calls by role kept at ingest, and its registry flags (none before an RMD export is
// loaded; no hop is walked).
:param {};
MATCH (p:Provider)
RETURN p.providerId AS providerId, p.name AS name, p.country AS country, coalesce(p.foreign, false) AS foreign,
       coalesce(p.tracedCalls, 0) AS tracedCalls,
       coalesce(p.callsAsOriginating, 0) AS originating, coalesce(p.callsAsGateway, 0) AS gateway,
       coalesce(p.callsAsIntermediate, 0) AS intermediate, coalesce(p.callsAsTerminating, 0) AS terminating,
       coalesce(p.callsAsUnknown, 0) AS unknown,
       coalesce(p.tracedHops, 0) AS tracedHops, p.lastSeen AS lastSeen,
       coalesce(p.registryFlags, []) AS registryFlags
ORDER BY providerId;
