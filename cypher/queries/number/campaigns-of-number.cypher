// The campaigns whose calls showed this caller ID, with how many such calls each (from at most
// $sample of the number's calls), most calls first, at most $top.
:param {e164: '+12125550101', sample: 10000, top: 21};
MATCH (:PhoneNumber {e164: $e164})<-[:FROM]-(c:Call)
WITH c
LIMIT $sample
MATCH (c)-[:IN_CAMPAIGN]->(k:Campaign)
RETURN k.name AS campaign, count(c) AS calls
ORDER BY calls DESC, campaign
LIMIT $top;
