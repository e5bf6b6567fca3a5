// A phone number as stored: whether it is assigned in its numbering plan, its region, and how many
// traced calls showed it as caller ID (the node's FROM degree, read in constant time).
:param {e164: '+12125550101'};
MATCH (n:PhoneNumber {e164: $e164})
RETURN n.e164 AS e164, n.valid AS valid, n.region AS region, COUNT { (n)<-[:FROM]-() } AS calls;
