-- Schema version 10: users get an optional password, an absence window and a brake on guessing.
-- password_hash is libsodium's Argon2id string ("$argon2id$v=19$m=...") or '' for no password; the
-- password itself is never stored. An absence is the half-open UTC interval [away_from, away_until).
-- failed_logins counts wrong passwords since the last right one; after a few, signing in as that
-- user waits until login_locked_until.
ALTER TABLE app_user ADD COLUMN password_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE app_user ADD COLUMN away_from TEXT;
ALTER TABLE app_user ADD COLUMN away_until TEXT;
ALTER TABLE app_user ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0 CHECK (failed_logins >= 0);
ALTER TABLE app_user ADD COLUMN login_locked_until TEXT;
