// How many traced calls did this campaign make each month? Its calls, counted in the month of the
// call's date, within an optional window of call dates ($from, $to, inclusive, either null);
// calls without a date are left out. Months without calls are not listed.
:param {name: 'Amazon-Impers-P2', from: null, to: null};
MATCH (:Campaign {name: $name})<-[:IN_CAMPAIGN]-(c:Call)
WHERE c.startedOn IS NOT NULL AND ($from IS NULL OR c.startedOn >= $from) AND ($to IS NULL OR c.startedOn <= $to)
WITH date.truncate('month', c.startedOn) AS first, count(c) AS calls
RETURN left(toString(first), 7) AS month, calls
ORDER BY month;
