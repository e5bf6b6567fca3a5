// Is there a campaign by this name? (An unknown campaign is a 404, not an empty ranking.)
:param {campaign: 'Amazon-Impers-P2'};
RETURN EXISTS { MATCH (:Campaign {name: $campaign}) } AS exists;
