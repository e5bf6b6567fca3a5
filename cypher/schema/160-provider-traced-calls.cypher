// Providers by their traced-call counter (any role: tracedCalls), kept at ingest: the provider ranking reads its
// top rows from this index in order instead of sorting every provider.
CREATE RANGE INDEX provider_traced_calls IF NOT EXISTS
FOR (p:Provider) ON (p.tracedCalls);
