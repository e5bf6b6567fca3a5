// Campaigns are named as the ITG names them (e.g. 'Amazon-Impers-P2').
CREATE CONSTRAINT campaign_name_unique IF NOT EXISTS
FOR (c:Campaign) REQUIRE c.name IS UNIQUE;
