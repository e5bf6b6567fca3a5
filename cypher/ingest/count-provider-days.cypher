// Adds ($sign = 1) or takes out ($sign = -1) these tracebacks' traced calls in the providers' day,
// month and campaign counters, which rank providers by window and by campaign without walking
// their hops. Reads the graph as ranking-of-calls does, so both answer alike: a traced call is a
// traceback, counted on the day and in the campaign of its call; <role> counts the tracebacks with
// a hop by the provider in that role; hops, noResponses and lateResponses count its hops, those
// without an answer and those answered more than 24 hours late. Ingest takes a traceback out
// before its hops or its call change and adds it back after. A counter left at 0 calls is deleted,
// so a window's first and last day stay exact. Calls without a date count only in the campaign's
// undated counter.
:param {tracebackIds: ['T-DOES-NOT-EXIST'], sign: 1};
UNWIND $tracebackIds AS tracebackId
MATCH (t:Traceback {tracebackId: tracebackId})-[:TRACES]->(c:Call)
OPTIONAL MATCH (c)-[:IN_CAMPAIGN]->(k:Campaign)
MATCH (t)-[:HAS_HOP]->(h:Hop)-[:BY]->(p:Provider)
WITH t, c.startedOn AS day, k.name AS campaign, p.providerId AS providerId, collect(h.role) AS roles,
     count(h) AS hops, count(CASE WHEN h.response = 'NO_RESPONSE' THEN h END) AS noResponses,
     count(CASE WHEN h.late THEN h END) AS lateResponses
WITH providerId, day, campaign, $sign * count(t) AS calls,
     $sign * sum(CASE WHEN 'ORIGINATING' IN roles THEN 1 ELSE 0 END) AS originating,
     $sign * sum(CASE WHEN 'GATEWAY' IN roles THEN 1 ELSE 0 END) AS gateway,
     $sign * sum(CASE WHEN 'INTERMEDIATE' IN roles THEN 1 ELSE 0 END) AS intermediate,
     $sign * sum(CASE WHEN 'TERMINATING' IN roles THEN 1 ELSE 0 END) AS terminating,
     $sign * sum(CASE WHEN 'UNKNOWN' IN roles THEN 1 ELSE 0 END) AS unknown,
     $sign * sum(hops) AS hops, $sign * sum(noResponses) AS noResponses, $sign * sum(lateResponses) AS lateResponses
WITH collect({providerId: providerId, day: day, campaign: campaign, calls: calls, originating: originating,
              gateway: gateway, intermediate: intermediate, terminating: terminating, unknown: unknown,
              hops: hops, noResponses: noResponses, lateResponses: lateResponses}) AS counts
CALL (counts) {
  UNWIND counts AS n
  WITH n WHERE n.day IS NOT NULL
  WITH n.providerId AS providerId, n.day AS day, sum(n.calls) AS calls, sum(n.originating) AS originating,
       sum(n.gateway) AS gateway, sum(n.intermediate) AS intermediate, sum(n.terminating) AS terminating,
       sum(n.unknown) AS unknown, sum(n.hops) AS hops, sum(n.noResponses) AS noResponses,
       sum(n.lateResponses) AS lateResponses
  MERGE (d:ProviderDay {providerId: providerId, day: day})
  SET d.calls = coalesce(d.calls, 0) + calls, d.originating = coalesce(d.originating, 0) + originating,
      d.gateway = coalesce(d.gateway, 0) + gateway, d.intermediate = coalesce(d.intermediate, 0) + intermediate,
      d.terminating = coalesce(d.terminating, 0) + terminating, d.unknown = coalesce(d.unknown, 0) + unknown,
      d.hops = coalesce(d.hops, 0) + hops, d.noResponses = coalesce(d.noResponses, 0) + noResponses,
      d.lateResponses = coalesce(d.lateResponses, 0) + lateResponses
  WITH d WHERE d.calls <= 0
  DELETE d
}
CALL (counts) {
  UNWIND counts AS n
  WITH n WHERE n.day IS NOT NULL
  WITH n.providerId AS providerId, date.truncate('month', n.day) AS month, sum(n.calls) AS calls,
       sum(n.originating) AS originating, sum(n.gateway) AS gateway, sum(n.intermediate) AS intermediate,
       sum(n.terminating) AS terminating, sum(n.unknown) AS unknown, sum(n.hops) AS hops,
       sum(n.noResponses) AS noResponses, sum(n.lateResponses) AS lateResponses
  MERGE (m:ProviderMonth {month: month, providerId: providerId})
  SET m.calls = coalesce(m.calls, 0) + calls, m.originating = coalesce(m.originating, 0) + originating,
      m.gateway = coalesce(m.gateway, 0) + gateway, m.intermediate = coalesce(m.intermediate, 0) + intermediate,
      m.terminating = coalesce(m.terminating, 0) + terminating, m.unknown = coalesce(m.unknown, 0) + unknown,
      m.hops = coalesce(m.hops, 0) + hops, m.noResponses = coalesce(m.noResponses, 0) + noResponses,
      m.lateResponses = coalesce(m.lateResponses, 0) + lateResponses
  WITH m WHERE m.calls <= 0
  DELETE m
}
CALL (counts) {
  UNWIND counts AS n
  WITH n WHERE n.campaign IS NOT NULL AND n.day IS NOT NULL
  MERGE (d:ProviderCampaignDay {campaign: n.campaign, providerId: n.providerId, day: n.day})
  SET d.calls = coalesce(d.calls, 0) + n.calls, d.originating = coalesce(d.originating, 0) + n.originating,
      d.gateway = coalesce(d.gateway, 0) + n.gateway, d.intermediate = coalesce(d.intermediate, 0) + n.intermediate,
      d.terminating = coalesce(d.terminating, 0) + n.terminating, d.unknown = coalesce(d.unknown, 0) + n.unknown,
      d.hops = coalesce(d.hops, 0) + n.hops, d.noResponses = coalesce(d.noResponses, 0) + n.noResponses,
      d.lateResponses = coalesce(d.lateResponses, 0) + n.lateResponses
  WITH d WHERE d.calls <= 0
  DELETE d
}
CALL (counts) {
  UNWIND counts AS n
  WITH n WHERE n.campaign IS NOT NULL AND n.day IS NULL
  MERGE (u:ProviderCampaignUndated {campaign: n.campaign, providerId: n.providerId})
  SET u.calls = coalesce(u.calls, 0) + n.calls, u.originating = coalesce(u.originating, 0) + n.originating,
      u.gateway = coalesce(u.gateway, 0) + n.gateway, u.intermediate = coalesce(u.intermediate, 0) + n.intermediate,
      u.terminating = coalesce(u.terminating, 0) + n.terminating, u.unknown = coalesce(u.unknown, 0) + n.unknown,
      u.hops = coalesce(u.hops, 0) + n.hops, u.noResponses = coalesce(u.noResponses, 0) + n.noResponses,
      u.lateResponses = coalesce(u.lateResponses, 0) + n.lateResponses
  WITH u WHERE u.calls <= 0
  DELETE u
}
RETURN size(counts) AS counted;
