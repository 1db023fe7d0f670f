-- Schema version 11: Pristriy's databases carry an application id, the bytes "PRIS" (0x50524953) at
-- offset 68 of the file header, so that Pristriy knows its own files by more than user_version (which
-- any SQLite program may set) and leaves every other program's files untouched. Files of schema 1 to
-- 10 are known by their version and tables and get the id here, in their next upgrade.
PRAGMA application_id = 1347570003;
