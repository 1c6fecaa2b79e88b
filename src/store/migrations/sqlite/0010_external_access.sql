-- External access (issue 6): the RIC invites a werkgever, bedrijfsarts or other partner account
-- and grants it access to ONE revalidant as ONE form 3 party. What it sees is decided on every
-- request by the consent policy (domain::consent::MayShare); a grant only says who may ask.
-- Timestamps UTC milliseconds (INTEGER), as in 0001.
CREATE TABLE external_grant (
  id INTEGER PRIMARY KEY,
  revalidant_id INTEGER NOT NULL REFERENCES revalidant(id),
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  party TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('active', 'revoked')),
  invited_by INTEGER REFERENCES app_user(id),  -- NULL: the system (demo data, CLI)
  invited_ms INTEGER NOT NULL,
  revoked_by INTEGER REFERENCES app_user(id),
  revoked_ms INTEGER,
  last_viewed_ms INTEGER
);
-- At most one active grant per account and revalidant.
CREATE UNIQUE INDEX external_grant_active ON external_grant(user_id, revalidant_id)
  WHERE status = 'active';
CREATE INDEX external_grant_revalidant ON external_grant(revalidant_id);

-- Messages an external party sent about a revalidant (free text checked for medical terms).
CREATE TABLE external_message (
  id INTEGER PRIMARY KEY,
  revalidant_id INTEGER NOT NULL REFERENCES revalidant(id),
  grant_id INTEGER NOT NULL REFERENCES external_grant(id),
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  party TEXT NOT NULL,
  body TEXT NOT NULL,
  created_ms INTEGER NOT NULL
);
CREATE INDEX external_message_revalidant ON external_message(revalidant_id, created_ms);
