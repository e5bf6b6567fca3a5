// Does this store still hold hops written before their role, response and lateness became labels
// (role, response and late properties)? 010-hop-labels relabels tracebacks in id order, so the
// last traceback is the last one relabelled: if its hops are done, all are.
:param {};
OPTIONAL MATCH (t:Traceback)
WITH t
ORDER BY t.tracebackId DESC
LIMIT 1
RETURN t IS NOT NULL AND EXISTS {
  MATCH (t)-[:HAS_HOP]->(h:Hop)
  WHERE h.role IS NOT NULL OR h.response IS NOT NULL OR h.late IS NOT NULL
} AS needed;
