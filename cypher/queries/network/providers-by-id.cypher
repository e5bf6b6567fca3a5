// The providers with these ids (id, name, country, foreign); unknown ids are left out.
:param {providerIds: ['robo-origin', 'acme-voice']};
UNWIND $providerIds AS providerId
MATCH (p:Provider {providerId: providerId})
RETURN p.providerId AS id, p.name AS name, p.country AS country, p.foreign AS foreign;
