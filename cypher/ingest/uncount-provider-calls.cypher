// Takes these tracebacks' traced calls out of their providers' counters (the reverse of
// count-provider-calls), before their hops are replaced. firstSeen and lastSeen are left as
// they are: they stay the widest window ever seen.
:param {tracebackIds: ['T-DOES-NOT-EXIST']};
UNWIND $tracebackIds AS tracebackId
MATCH (:Traceback {tracebackId: tracebackId})-[:HAS_HOP]->(hop:Hop)-[:BY]->(p:Provider)
WITH p, tracebackId, count(hop) AS hops,
     count(CASE WHEN hop:NoResponse THEN hop END) AS noResponses, count(CASE WHEN hop:Late THEN hop END) AS lateResponses,
     max(CASE WHEN hop:Originating THEN 1 ELSE 0 END) AS originating, max(CASE WHEN hop:Gateway THEN 1 ELSE 0 END) AS gateway,
     max(CASE WHEN hop:Intermediate THEN 1 ELSE 0 END) AS intermediate,
     max(CASE WHEN hop:Terminating THEN 1 ELSE 0 END) AS terminating, max(CASE WHEN hop:UnknownRole THEN 1 ELSE 0 END) AS unknown
WITH p, count(tracebackId) AS calls,
     sum(originating) AS originating, sum(gateway) AS gateway, sum(intermediate) AS intermediate,
     sum(terminating) AS terminating, sum(unknown) AS unknown,
     sum(hops) AS hops, sum(noResponses) AS noResponses, sum(lateResponses) AS lateResponses
SET p.tracedCalls = coalesce(p.tracedCalls, 0) - calls,
    p.callsAsOriginating = coalesce(p.callsAsOriginating, 0) - originating,
    p.callsAsGateway = coalesce(p.callsAsGateway, 0) - gateway,
    p.callsAsIntermediate = coalesce(p.callsAsIntermediate, 0) - intermediate,
    p.callsAsTerminating = coalesce(p.callsAsTerminating, 0) - terminating,
    p.callsAsUnknown = coalesce(p.callsAsUnknown, 0) - unknown,
    p.tracedHops = coalesce(p.tracedHops, 0) - hops,
    p.noResponses = coalesce(p.noResponses, 0) - noResponses,
    p.lateResponses = coalesce(p.lateResponses, 0) - lateResponses
RETURN count(p) AS providers;
