// How many traced calls did this provider carry each month? Tracebacks with any hop by it
// (placed or not), counted in the month of the call's date, within an optional window of call
// dates ($from, $to, inclusive, either null); calls without a date are left out. Months without
// calls are not listed. Walks the provider's own hops.
:param {providerId: 'robo-origin', from: null, to: null};
MATCH (p:Provider {providerId: $providerId})<-[:BY]-(:Hop)<-[:HAS_HOP]-(t:Traceback)-[:TRACES]->(c:Call)
WHERE c.startedOn IS NOT NULL AND ($from IS NULL OR c.startedOn >= $from) AND ($to IS NULL OR c.startedOn <= $to)
WITH DISTINCT t, c.startedOn AS day
WITH date.truncate('month', day) AS first, count(t) AS calls
RETURN left(toString(first), 7) AS month, calls
ORDER BY month;
