// Frees the named lock if this owner still holds it (an expired lease taken over by another
// owner stays with that owner).
:param {name: 'risk-report', owner: 'example-instance/RR-EXAMPLE'};
OPTIONAL MATCH (l:Lock {name: $name})
WHERE l.lockedBy = $owner AND l.lockedUntil IS NOT NULL
SET l.lockedUntil = null, l.releasedAt = datetime()
RETURN count(l) AS released;
