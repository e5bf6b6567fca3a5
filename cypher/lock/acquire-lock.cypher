// Takes the named lock for a lease if it is free or its lease has run out, in one write
// transaction; returns a row only when this owner now holds it. The first SET takes the node's
// write lock, so a concurrent attempt waits here and then sees the winner's lease. Times are the
// database's, so app instances with different clocks agree.
:param {name: 'risk-report', owner: 'example-instance/RR-EXAMPLE', lease: duration('PT30M')};
MERGE (l:Lock {name: $name})
SET l.lastAttemptBy = $owner
WITH l
WHERE l.lockedUntil IS NULL OR l.lockedUntil <= datetime()
SET l.lockedBy = $owner, l.lockedAt = datetime(), l.lockedUntil = datetime() + $lease
RETURN l.lockedBy AS lockedBy, l.lockedUntil AS lockedUntil;
