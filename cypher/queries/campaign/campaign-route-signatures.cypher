// A campaign's most common routes ("route signatures"): the providers of each traceback's known
// hops in call order (origin first) and how many tracebacks took that route, split by whether the
// chain was complete. Reads at most $sample tracebacks, so a huge campaign costs no more than that.
:param {name: 'Amazon-Impers-P2', sample: 10000, top: 10};
MATCH (:Campaign {name: $name})<-[:IN_CAMPAIGN]-(:Call)<-[:TRACES]-(t:Traceback)
WITH t
LIMIT $sample
CALL (t) {
  MATCH (t)-[:HAS_HOP]->(h:Hop)-[:BY]->(p:Provider)
  WHERE h.position IS NOT NULL
  WITH h, p
  ORDER BY h.position DESC
  RETURN collect(p.providerId) AS signature
}
WITH signature, t.status = 'COMPLETE' AS complete
WHERE size(signature) > 0
RETURN signature, complete, count(*) AS calls
ORDER BY calls DESC, complete DESC, signature
LIMIT $top;
