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
WITH t, c.startedOn AS day, k.name AS campaign, p.providerId AS providerId, count(h) AS hops,
     count(CASE WHEN h:NoResponse THEN h END) AS noResponses, count(CASE WHEN h:Late THEN h END) AS lateResponses,
     max(CASE WHEN h:Originating THEN 1 ELSE 0 END) AS originating, max(CASE WHEN h:Gateway THEN 1 ELSE 0 END) AS gateway,
     max(CASE WHEN h:Intermediate THEN 1 ELSE 0 END) AS intermediate,
     max(CASE WHEN h:Terminating THEN 1 ELSE 0 END) AS terminating, max(CASE WHEN h:UnknownRole THEN 1 ELSE 0 END) AS unknown
RETURN providerId, day, campaign, count(t) AS calls,
       sum(originating) AS originating, sum(gateway) AS gateway, sum(intermediate) AS intermediate,
       sum(terminating) AS terminating, sum(unknown) AS unknown,
       sum(hops) AS hops, sum(noResponses) AS noResponses, sum(lateResponses) AS lateResponses;
