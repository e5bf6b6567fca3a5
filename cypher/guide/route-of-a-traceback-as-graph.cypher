// The route of one traceback as a picture: the traceback, its call and campaign, each hop with the
// provider that made it, and the chain of hops from the terminating provider towards the origin
// (RECEIVED_FROM). Hops whose position is unknown stand apart, without chain links.
:param {tracebackId: 'EX-T-1'};
MATCH (t:Traceback {tracebackId: $tracebackId})-[hasHop:HAS_HOP]->(h:Hop)-[by:BY]->(p:Provider)
OPTIONAL MATCH chain = (h)-[:RECEIVED_FROM]->(:Hop)
OPTIONAL MATCH call = (t)-[:TRACES]->(:Call)-[:IN_CAMPAIGN]->(:Campaign)
RETURN t, hasHop, h, by, p, chain, call;
