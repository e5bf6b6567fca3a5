// One RegistryExport node per export date loaded.
CREATE CONSTRAINT registry_export_as_of_unique IF NOT EXISTS
FOR (e:RegistryExport) REQUIRE e.asOf IS UNIQUE;
