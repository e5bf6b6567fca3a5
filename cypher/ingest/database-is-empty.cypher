// Is the database empty? The app loads its demo data only into an empty database.
RETURN NOT EXISTS { MATCH (n) } AS empty;
