// The risk report runs still marked RUNNING, with who holds the report lock and whether its
// lease is still running: a run whose holder is gone (the app stopped mid-run) is marked FAILED
// when the next app starts, so a new run can go without waiting for the lease to run out.
:param {name: 'risk-report'};
OPTIONAL MATCH (l:Lock {name: $name})
WITH l
MATCH (r:RiskReport {status: 'RUNNING'})
RETURN r.reportId AS reportId,
       l.lockedBy AS lockedBy,
       coalesce(l.lockedUntil > datetime(), false) AS leased
ORDER BY reportId;
