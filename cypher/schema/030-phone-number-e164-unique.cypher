// Phone numbers (caller IDs and called numbers) in E.164, normalised at ingest.
CREATE CONSTRAINT phone_number_e164_unique IF NOT EXISTS
FOR (n:PhoneNumber) REQUIRE n.e164 IS UNIQUE;
