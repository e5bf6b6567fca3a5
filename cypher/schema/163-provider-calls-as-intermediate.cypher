// Providers by their traced-call counter for the role INTERMEDIATE, kept at ingest: the provider ranking reads its
// top rows from this index in order instead of sorting every provider.
CREATE RANGE INDEX provider_calls_as_intermediate IF NOT EXISTS
FOR (p:Provider) ON (p.callsAsIntermediate);
