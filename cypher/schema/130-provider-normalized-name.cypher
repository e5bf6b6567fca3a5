// Providers by their normalised name (lower case, letters and digits only), to find one by name.
CREATE RANGE INDEX provider_normalized_name IF NOT EXISTS
FOR (p:Provider) ON (p.normalizedName);
