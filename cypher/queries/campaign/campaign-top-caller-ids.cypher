// The caller IDs a campaign used most, with their call counts.
:param {name: 'Amazon-Impers-P2', top: 20};
MATCH (:Campaign {name: $name})<-[:IN_CAMPAIGN]-(c:Call)-[:FROM]->(n:PhoneNumber)
RETURN n.e164 AS callerId, count(c) AS calls
ORDER BY calls DESC, callerId
LIMIT $top;
