// Which of these tracebacks are stored already, and with what content?
// Ingest compares the content hash to skip unchanged tracebacks and to replace changed ones; stores written
// before the hash was cut to 32 hex digits hold all 64, of which the first 32 are the same.
:param {tracebackIds: ['FTC-2023-11-27-BANDWIDTH-R001', 'T-DOES-NOT-EXIST']};
UNWIND $tracebackIds AS tracebackId
MATCH (t:Traceback {tracebackId: tracebackId})
RETURN t.tracebackId AS tracebackId, left(t.contentHash, 32) AS contentHash;
