// One counter per provider and week of a month (days 1-7, 8-14, 15-21, 22 to the end, keyed by
// the first day). The week leads: a window's ranking reads every provider's counter of a week.
CREATE CONSTRAINT provider_week_key IF NOT EXISTS
FOR (w:ProviderWeek) REQUIRE (w.week, w.providerId) IS UNIQUE;
