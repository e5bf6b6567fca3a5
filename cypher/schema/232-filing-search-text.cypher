// Filing search by part of any of its names: a text index serves CONTAINS.
CREATE TEXT INDEX filing_search_text IF NOT EXISTS
FOR (f:Filing) ON (f.searchText);
