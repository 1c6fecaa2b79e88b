-- Network partners per revalidant, handover moments between them, and the AGR handover record
-- (issue 6, "Contact moments and partners"). Timestamps UTC milliseconds (INTEGER), dates
-- 'YYYY-MM-DD' (TEXT), as in 0001.

-- A network partner (huisarts, jobcoach, UWV, gemeente, ...) of one revalidant. roles holds only
-- the team's overrides of the per-kind defaults ("phase=role,..."; domain/partners). Ended
-- partners stay for the history (ended_on set) and leave the matrix.
CREATE TABLE network_partner (
  id INTEGER PRIMARY KEY,
  revalidant_id INTEGER NOT NULL REFERENCES revalidant(id),
  kind TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL DEFAULT '',
  organisation TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  roles TEXT NOT NULL DEFAULT '',
  ended_on TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);
CREATE INDEX network_partner_revalidant ON network_partner(revalidant_id);

-- A handover moment between two partners (a network partner or a fixed party of the route).
CREATE TABLE partner_handover_moment (
  id INTEGER PRIMARY KEY,
  revalidant_id INTEGER NOT NULL REFERENCES revalidant(id),
  from_partner_id INTEGER REFERENCES network_partner(id),
  from_party TEXT NOT NULL DEFAULT '',
  to_partner_id INTEGER REFERENCES network_partner(id),
  to_party TEXT NOT NULL DEFAULT '',
  phase TEXT NOT NULL,
  planned_on TEXT,
  done_on TEXT,
  note TEXT NOT NULL DEFAULT '',
  version INTEGER NOT NULL DEFAULT 1,
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);
CREATE INDEX partner_handover_moment_revalidant ON partner_handover_moment(revalidant_id);

-- The handover at the end of AGR: date, warm or not, the form 7 version handed over (and its
-- hash), to which party (optionally a network partner), and the step-plan task it completed.
CREATE TABLE agr_handover (
  id INTEGER PRIMARY KEY,
  trajectory_id INTEGER NOT NULL REFERENCES agr_trajectory(id),
  held_on TEXT NOT NULL,
  party TEXT NOT NULL,
  partner_id INTEGER REFERENCES network_partner(id),
  warm INTEGER NOT NULL CHECK (warm IN (0, 1)),
  visie_version INTEGER NOT NULL,
  visie_sha256 TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  task_id INTEGER REFERENCES agr_task(id),
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL
);
CREATE INDEX agr_handover_trajectory ON agr_handover(trajectory_id);

CREATE TABLE agr_handover_attendee (
  handover_id INTEGER NOT NULL REFERENCES agr_handover(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (handover_id, position)
);
