// One month counter per month of the call date (its first day) and provider; month first, so that a
// window's ranking seeks the whole months it covers with this constraint's index.
CREATE CONSTRAINT provider_month_key IF NOT EXISTS
FOR (m:ProviderMonth) REQUIRE (m.month, m.providerId) IS UNIQUE;
