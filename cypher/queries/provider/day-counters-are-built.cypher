// Are the day, month and campaign counters complete? A store loaded before they existed has none
// until `rebuild counters` runs; until then the window and campaign rankings count the calls.
:param {};
RETURN EXISTS { MATCH (:Counters {name: 'provider-days'}) } AS exists;
