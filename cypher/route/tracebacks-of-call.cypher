// The tracebacks that traced one call, newest notification first.
:param {callId: 'FTC-2023-11-27-BANDWIDTH-R001'};
MATCH (:Call {callId: $callId})<-[:TRACES]-(t:Traceback)
RETURN t.tracebackId AS tracebackId
ORDER BY t.notifiedOn DESC, t.notifiedAt DESC, t.tracebackId;
