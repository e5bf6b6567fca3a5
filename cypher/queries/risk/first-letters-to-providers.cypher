// Per provider that received a letter (any issuer, any kind): how many letters, the date of its
// first dated letter, and its dated traced calls in all and on or after that date (traffic that kept
// coming after the letter; none for a provider whose letters are all undated). Walks the recipients'
// own hops only.
:param {};
MATCH (l:Letter)-[:ADDRESSED_TO]->(p:Provider)
WITH p, min(l.issuedOn) AS firstLetterOn, count(l) AS letters
CALL (p, firstLetterOn) {
  MATCH (p)<-[:BY]-(:Hop)<-[:HAS_HOP]-(t:Traceback)-[:TRACES]->(c:Call)
  WITH DISTINCT t, c.startedOn AS day
  RETURN count(day) AS datedCalls,
         count(CASE WHEN firstLetterOn IS NOT NULL AND day >= firstLetterOn THEN 1 END) AS callsAfter
}
RETURN p.providerId AS providerId, firstLetterOn, letters, datedCalls, callsAfter
ORDER BY providerId;
