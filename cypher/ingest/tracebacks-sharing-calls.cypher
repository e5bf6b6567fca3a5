// Which stored tracebacks, other than these, trace the same calls? Writing a traceback rewrites its
// call's date and campaign, so their share of the day and campaign counters is taken out and added
// back with the batch.
:param {callIds: ['C-DOES-NOT-EXIST'], tracebackIds: ['T-DOES-NOT-EXIST']};
UNWIND $callIds AS callId
MATCH (:Call {callId: callId})<-[:TRACES]-(t:Traceback)
WHERE NOT t.tracebackId IN $tracebackIds
RETURN DISTINCT t.tracebackId AS tracebackId;
