// Providers by their traced-call counter for the role UNKNOWN, kept at ingest: the provider ranking reads its
// top rows from this index in order instead of sorting every provider.
CREATE RANGE INDEX provider_calls_as_unknown IF NOT EXISTS
FOR (p:Provider) ON (p.callsAsUnknown);
