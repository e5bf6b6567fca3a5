// Does this provider exist? (A missing provider is a 404, an empty history is not.)
:param {providerId: 'robo-origin'};
RETURN EXISTS { MATCH (:Provider {providerId: $providerId}) } AS exists;
