// The provider an evidence chart is about: its id and name, or no row if there is none.
:param {providerId: 'bandwidth-inc'};
MATCH (p:Provider {providerId: $providerId})
RETURN p.providerId AS providerId, p.name AS name;
