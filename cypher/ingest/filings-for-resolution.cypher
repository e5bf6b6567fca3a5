// Every filing's names, for matching providers to filings.
:param {};
MATCH (f:Filing)
RETURN f.rmdNumber AS rmdNumber, f.businessName AS businessName, f.dbaNames AS dbaNames,
       f.previousNames AS previousNames
ORDER BY rmdNumber;
