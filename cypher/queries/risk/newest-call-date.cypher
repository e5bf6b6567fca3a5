// The date of the newest traced call: the day risk scores are computed as of (recency decay and
// the twelve-month window count back from it). Read from the call-date index.
:param {};
MATCH (c:Call)
WHERE c.startedOn IS NOT NULL
RETURN c.startedOn AS newestCallDate
ORDER BY c.startedOn DESC
LIMIT 1;
