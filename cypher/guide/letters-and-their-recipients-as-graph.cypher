// The letters as a picture: each letter, the provider it is addressed to, and up to 25 of the
// tracebacks it cites with their calls.
:param {};
MATCH addressed = (l:Letter)-[:ADDRESSED_TO]->(:Provider)
OPTIONAL MATCH cited = (l)-[:CITES]->(:Traceback)-[:TRACES]->(:Call)
WITH addressed, collect(cited)[0..25] AS cited
RETURN addressed, cited;
