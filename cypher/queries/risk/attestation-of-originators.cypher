// Per originating provider: its originated calls with a known attestation (the one its hop saw,
// else the call's), those signed C or not signed, and those A-attested with a spoofed caller ID.
// A caller ID counts as spoofed when it is not assigned in its numbering plan, or when two or more
// providers originated traced calls from it: a number belongs to one subscriber of one provider,
// so a provider that signs it with full attestation vouches for a number it cannot own. Walks the
// hops of originating providers only (found by the callsAsOriginating index).
:param {};
MATCH (p:Provider) WHERE p.callsAsOriginating > 0
MATCH (p)<-[:BY]-(h:Hop:Originating)<-[:HAS_HOP]-(:Traceback)-[:TRACES]->(c:Call)
WITH p, coalesce(h.attestation, c.attestation) AS attestation,
     COLLECT { MATCH (c)-[:FROM]->(n:PhoneNumber) RETURN n }[0] AS number
WITH number, p, count(attestation) AS attested,
     count(CASE WHEN attestation IN ['C', 'UNSIGNED'] THEN 1 END) AS weak,
     count(CASE WHEN attestation = 'A' THEN 1 END) AS aAttested
WITH number, collect({provider: p, attested: attested, weak: weak, aAttested: aAttested}) AS originators
WITH originators, number IS NOT NULL AND (size(originators) > 1 OR number.valid = false) AS spoofed
UNWIND originators AS originator
WITH originator.provider AS p, sum(originator.attested) AS attested, sum(originator.weak) AS weak,
     sum(CASE WHEN spoofed THEN originator.aAttested ELSE 0 END) AS aAttestedSpoofed
RETURN p.providerId AS providerId, attested, weak, aAttestedSpoofed;
