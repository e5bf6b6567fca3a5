// Which of these tracebacks are stored already, and with what content?
// Ingest compares the content hash to skip unchanged tracebacks and to replace changed ones.
:param {tracebackIds: ['FTC-2023-11-27-BANDWIDTH-R001', 'T-DOES-NOT-EXIST']};
UNWIND $tracebackIds AS tracebackId
MATCH (t:Traceback {tracebackId: tracebackId})
RETURN t.tracebackId AS tracebackId, t.contentHash AS contentHash;
