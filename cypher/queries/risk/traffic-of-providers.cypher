// Per provider, from one pass over every traceback and its hops: hops, hops not answered or
// answered more than 24 hours after notification (47 CFR 64.1200(n)(1); `late`, marked at ingest), distinct campaigns,
// dated calls and the sum of their recency weights (0.5 ^ (age in days / half-life), age
// counted back from the reference date, a year taken as 365.25 days), and tracebacks as
// originator or gateway in the twelve months up to the reference date. The per-call values are
// computed once per traceback, before its hops are expanded.
:param {referenceDate: date('2024-03-31'), yearBefore: date('2023-03-31'), halfLifeDays: 365.0};
MATCH (t:Traceback)-[:TRACES]->(c:Call)
WITH t, c.startedOn AS day, COLLECT { MATCH (c)-[:IN_CAMPAIGN]->(k:Campaign) RETURN k.name }[0] AS campaign
WITH t, campaign,
     CASE WHEN day IS NULL THEN null
          ELSE 0.5 ^ (((($referenceDate.year - day.year) * 365.25 + $referenceDate.ordinalDay - day.ordinalDay)
                       / $halfLifeDays)) END AS recency,
     day > $yearBefore AND day <= $referenceDate AS recent
MATCH (t)-[:HAS_HOP]->(h:Hop)-[:BY]->(p:Provider)
WITH p, campaign, recency, recent, h:Originating OR h:Gateway AS originOrGateway, h:NoResponse OR h:Late AS badAnswer
RETURN p.providerId AS providerId, count(*) AS hops, count(CASE WHEN badAnswer THEN 1 END) AS badAnswers,
       count(DISTINCT campaign) AS campaigns, count(recency) AS datedCalls,
       coalesce(sum(recency), 0.0) AS recencySum,
       count(CASE WHEN recent AND originOrGateway THEN 1 END) AS recentOriginOrGateway;
