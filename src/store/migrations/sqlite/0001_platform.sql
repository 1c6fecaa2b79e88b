-- Platform schema: institution, teams, users and sessions, revalidanten, audit log.
-- Timestamps are UTC milliseconds (INTEGER), dates 'YYYY-MM-DD' (TEXT), booleans 0/1.

CREATE TABLE institution (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL DEFAULT 1,
  name TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  postal_code TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  ric_model TEXT NOT NULL DEFAULT 'vast' CHECK (ric_model IN ('vast', 'wisselend'))
);
INSERT INTO institution (id) VALUES (1);

CREATE TABLE team (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE discipline (
  code TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  builtin INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE revalidant (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  given_names TEXT NOT NULL,
  family_name TEXT NOT NULL,
  search_name TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  bsn TEXT UNIQUE,
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  street TEXT NOT NULL DEFAULT '',
  postal_code TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  naaste_present INTEGER NOT NULL DEFAULT 0,
  naaste_name TEXT NOT NULL DEFAULT '',
  naaste_relation TEXT NOT NULL DEFAULT '',
  naaste_phone TEXT NOT NULL DEFAULT '',
  naaste_email TEXT NOT NULL DEFAULT '',
  employment_status TEXT NOT NULL,
  employer_present INTEGER NOT NULL DEFAULT 0,
  employer_organisation TEXT NOT NULL DEFAULT '',
  employer_contact_name TEXT NOT NULL DEFAULT '',
  employer_contact_phone TEXT NOT NULL DEFAULT '',
  employer_contact_email TEXT NOT NULL DEFAULT '',
  employer_address TEXT NOT NULL DEFAULT '',
  function_title TEXT NOT NULL DEFAULT '',
  hours_per_week REAL,
  bedrijfsarts_present INTEGER NOT NULL DEFAULT 0,
  bedrijfsarts_name TEXT NOT NULL DEFAULT '',
  bedrijfsarts_organisation TEXT NOT NULL DEFAULT '',
  bedrijfsarts_phone TEXT NOT NULL DEFAULT '',
  bedrijfsarts_email TEXT NOT NULL DEFAULT '',
  team_id INTEGER REFERENCES team(id),
  ric_user_id INTEGER REFERENCES app_user(id),
  created_ms INTEGER NOT NULL,
  updated_ms INTEGER NOT NULL
);
CREATE INDEX revalidant_team ON revalidant(team_id);
CREATE INDEX revalidant_ric ON revalidant(ric_user_id);
CREATE INDEX revalidant_birth ON revalidant(date_of_birth);

CREATE TABLE app_user (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  discipline TEXT NOT NULL DEFAULT '',
  revalidant_id INTEGER REFERENCES revalidant(id),
  disabled INTEGER NOT NULL DEFAULT 0,
  password_hash TEXT NOT NULL,
  totp_secret TEXT NOT NULL DEFAULT '',
  totp_enabled INTEGER NOT NULL DEFAULT 0,
  totp_last_step INTEGER NOT NULL DEFAULT 0,
  last_login_ms INTEGER,
  created_ms INTEGER NOT NULL
);

CREATE TABLE team_member (
  team_id INTEGER NOT NULL REFERENCES team(id),
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_member_user ON team_member(user_id);

CREATE TABLE recovery_code (
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  code_hash TEXT NOT NULL,
  used_ms INTEGER,
  PRIMARY KEY (user_id, code_hash)
);

CREATE TABLE session (
  token_hash TEXT PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  state TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  pending_totp_secret TEXT NOT NULL DEFAULT '',
  created_ms INTEGER NOT NULL,
  last_seen_ms INTEGER NOT NULL,
  expires_ms INTEGER NOT NULL,
  source_address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_user ON session(user_id);

CREATE TABLE login_failure (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  key TEXT NOT NULL,
  at_ms INTEGER NOT NULL
);
CREATE INDEX login_failure_key ON login_failure(kind, key, at_ms);

-- NEN 7513 access log: append-only and hash-chained.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at_ms INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  role TEXT NOT NULL,
  on_behalf_of INTEGER NOT NULL,
  client_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id TEXT NOT NULL,
  outcome TEXT NOT NULL,
  source_address TEXT NOT NULL,
  request_id TEXT NOT NULL,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_client ON audit_log(client_id, at_ms);
CREATE INDEX audit_log_user ON audit_log(user_id, at_ms);

CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL,
  hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash)
  VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
