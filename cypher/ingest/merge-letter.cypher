// Writes a letter: its metadata, its recipient provider (ADDRESSED_TO), the campaigns it
// names (NAMES) and the tracebacks of its chart (CITES). The tracebacks are written first.
:param {letter: {letterId: 'LETTER-EXAMPLE', issuer: 'Federal Trade Commission', issuedOn: date('2023-11-27'),
  kind: 'cease-and-desist demand', basis: 'ITG tracebacks', callsTracedClaimed: 1,
  callWindowFirst: date('2023-09-07'), callWindowLast: date('2023-09-07'), responseDueBusinessDays: 3,
  maxCivilPenaltyPerCallUsd: 50120, violationsCited: ['16 C.F.R. § 310.4(b)(1)(v): prerecorded messages'],
  campaignsNamed: ['Example-Campaign'], recipientId: 'example-terminating', recipientName: 'Example Terminating LLC',
  recipientAddress: null, tracebackIds: ['T-EXAMPLE-1']}};
MERGE (l:Letter {letterId: $letter.letterId})
SET l.issuer = $letter.issuer,
    l.issuedOn = $letter.issuedOn,
    l.kind = $letter.kind,
    l.basis = $letter.basis,
    l.callsTracedClaimed = $letter.callsTracedClaimed,
    l.callWindowFirst = $letter.callWindowFirst,
    l.callWindowLast = $letter.callWindowLast,
    l.responseDueBusinessDays = $letter.responseDueBusinessDays,
    l.maxCivilPenaltyPerCallUsd = $letter.maxCivilPenaltyPerCallUsd,
    l.violationsCited = $letter.violationsCited,
    l.recipientName = $letter.recipientName,
    l.recipientAddress = $letter.recipientAddress
MERGE (p:Provider {providerId: $letter.recipientId})
ON CREATE SET p.name = $letter.recipientName
MERGE (l)-[:ADDRESSED_TO]->(p)
WITH l
CALL (l) {
  UNWIND $letter.campaignsNamed AS name
  MERGE (c:Campaign {name: name})
  MERGE (l)-[:NAMES]->(c)
}
CALL (l) {
  UNWIND $letter.tracebackIds AS tracebackId
  MATCH (t:Traceback {tracebackId: tracebackId})
  MERGE (l)-[:CITES]->(t)
}
RETURN l.letterId AS letterId;
