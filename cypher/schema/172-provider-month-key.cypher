// One month counter per month of the call date (its first day) and provider, holding the month's days
// too; month first, so that a window's ranking seeks every provider's counter of each month it
// touches with this constraint's index.
CREATE CONSTRAINT provider_month_key IF NOT EXISTS
FOR (m:ProviderMonth) REQUIRE (m.month, m.providerId) IS UNIQUE;
