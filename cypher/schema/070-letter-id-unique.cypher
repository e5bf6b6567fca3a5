// Letters (cease-and-desist demands, warnings, notices) by their id, e.g. 'FTC-2023-11-27-BANDWIDTH'.
CREATE CONSTRAINT letter_id_unique IF NOT EXISTS
FOR (l:Letter) REQUIRE l.letterId IS UNIQUE;
