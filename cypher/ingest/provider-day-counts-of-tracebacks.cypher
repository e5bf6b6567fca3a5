// What do these tracebacks add to the providers' day, month and campaign counters? One row per
// provider, call date and campaign (either may be null): a traced call is a traceback, counted on
// the day and in the campaign of its call, as ranking-of-calls counts it; <role> counts the
// tracebacks with a hop by the provider in that role; hops, noResponses and lateResponses count
// its hops, those without an answer and those answered more than 24 hours late. Ingest reads this
// for a batch's replaced tracebacks before they change and for the written ones after, and writes
// the difference (lock- and set-provider-day-counters); `rebuild counters` reads it page by page.
:param {tracebackIds: ['T-DOES-NOT-EXIST']};
UNWIND $tracebackIds AS tracebackId
MATCH (t:Traceback {tracebackId: tracebackId})-[:TRACES]->(c:Call)
OPTIONAL MATCH (c)-[:IN_CAMPAIGN]->(k:Campaign)
MATCH (t)-[:HAS_HOP]->(h:Hop)-[:BY]->(p:Provider)
WITH t, c.startedOn AS day, k.name AS campaign, p.providerId AS providerId, collect(h.role) AS roles,
     count(h) AS hops, count(CASE WHEN h.response = 'NO_RESPONSE' THEN h END) AS noResponses,
     count(CASE WHEN h:Late OR h.late THEN h END) AS lateResponses
RETURN providerId, day, campaign, count(t) AS calls,
       sum(CASE WHEN 'ORIGINATING' IN roles THEN 1 ELSE 0 END) AS originating,
       sum(CASE WHEN 'GATEWAY' IN roles THEN 1 ELSE 0 END) AS gateway,
       sum(CASE WHEN 'INTERMEDIATE' IN roles THEN 1 ELSE 0 END) AS intermediate,
       sum(CASE WHEN 'TERMINATING' IN roles THEN 1 ELSE 0 END) AS terminating,
       sum(CASE WHEN 'UNKNOWN' IN roles THEN 1 ELSE 0 END) AS unknown,
       sum(hops) AS hops, sum(noResponses) AS noResponses, sum(lateResponses) AS lateResponses;
