// What does the graph hold? Counts of each kind of node, from the database's count store (no node
// is read). Filing nodes (the FCC registry) and RiskReport nodes may be none.
:param {};
RETURN COUNT { MATCH (:Traceback) } AS tracebacks,
       COUNT { MATCH (:Call) } AS calls,
       COUNT { MATCH (:Hop) } AS hops,
       COUNT { MATCH (:Provider) } AS providers,
       COUNT { MATCH (:Campaign) } AS campaigns,
       COUNT { MATCH (:PhoneNumber) } AS phoneNumbers,
       COUNT { MATCH (:Letter) } AS letters,
       COUNT { MATCH (:Filing) } AS filings,
       COUNT { MATCH (:RiskReport) } AS riskReports;
