// Are the day, week, month and campaign counters complete? A store loaded before they existed, or
// counted by version 1 (which had no weeks), has none the window queries can read until
// `rebuild counters` runs; until then the window and campaign rankings count the calls.
:param {};
RETURN EXISTS { MATCH (c:Counters {name: 'provider-days'}) WHERE c.version >= 2 } AS exists;
