// Is there a provider with this id? (An unknown provider is a 404, not an empty list.)
:param {providerId: 'robo-origin'};
RETURN EXISTS { MATCH (:Provider {providerId: $providerId}) } AS exists;
