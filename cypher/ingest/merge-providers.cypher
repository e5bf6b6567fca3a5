// Creates or updates a batch's providers, once each, before merge-tracebacks writes their
// hops. The busiest carriers appear in most tracebacks of a batch: setting their properties
// once per hop rewrote the same records thousands of times. Ingest folds the batch per
// provider first (the last value given for a property wins); a missing value keeps the
// stored one.
:param {providers: [
  {providerId: 'acme-voice', name: 'Acme Voice LLC', normalizedName: 'acmevoicellc', country: 'US', foreign: false},
  {providerId: 'robo-origin', name: 'Robo Origin VoIP', normalizedName: 'robooriginvoip', country: 'US', foreign: false}
]};
UNWIND $providers AS provider
MERGE (p:Provider {providerId: provider.providerId})
SET p.name = coalesce(provider.name, p.name),
    p.normalizedName = coalesce(provider.normalizedName, p.normalizedName),
    p.country = coalesce(provider.country, p.country),
    p.foreign = coalesce(provider.foreign, p.foreign)
RETURN count(p) AS providers;
