-- AGR (issue 3): trajectories with decisions, settings and team; tasks from the step plan;
-- imported form definitions; form responses with events and field history; consent events.
-- Timestamps UTC milliseconds (INTEGER), dates 'YYYY-MM-DD' (TEXT), booleans 0/1.

CREATE TABLE agr_trajectory (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  revalidant_id INTEGER NOT NULL REFERENCES revalidant(id),
  step TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  zzp INTEGER NOT NULL DEFAULT 0,
  admission_date TEXT NOT NULL,
  expected_discharge_date TEXT,
  expected_duration_amount INTEGER,
  expected_duration_unit TEXT,
  setting TEXT NOT NULL CHECK (setting IN ('klinisch', 'poliklinisch')),
  ric_user_id INTEGER REFERENCES app_user(id),
  arts_user_id INTEGER REFERENCES app_user(id),
  contacts_werkgever INTEGER NOT NULL DEFAULT 0,
  contacts_bedrijfsarts INTEGER NOT NULL DEFAULT 0,
  started_by INTEGER NOT NULL REFERENCES app_user(id),
  started_ms INTEGER NOT NULL,
  closed_ms INTEGER,
  updated_ms INTEGER NOT NULL
);
CREATE INDEX agr_trajectory_revalidant ON agr_trajectory(revalidant_id);
-- One active trajectory per revalidant; closed ones are kept as history.
CREATE UNIQUE INDEX agr_trajectory_one_active ON agr_trajectory(revalidant_id) WHERE active = 1;

CREATE TABLE agr_team_member (
  trajectory_id INTEGER NOT NULL REFERENCES agr_trajectory(id),
  discipline TEXT NOT NULL,
  user_id INTEGER NOT NULL REFERENCES app_user(id),
  PRIMARY KEY (trajectory_id, discipline)
);
CREATE INDEX agr_team_member_user ON agr_team_member(user_id);

-- Setting klinisch/poliklinisch over time; each change is a recorded handover.
CREATE TABLE agr_setting_change (
  trajectory_id INTEGER NOT NULL REFERENCES agr_trajectory(id),
  seq INTEGER NOT NULL,
  setting TEXT NOT NULL,
  handover_note TEXT NOT NULL DEFAULT '',
  changed_by INTEGER NOT NULL REFERENCES app_user(id),
  changed_ms INTEGER NOT NULL,
  PRIMARY KEY (trajectory_id, seq)
);

CREATE TABLE agr_decision (
  trajectory_id INTEGER NOT NULL REFERENCES agr_trajectory(id),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  outcome TEXT NOT NULL,
  from_step TEXT NOT NULL,
  to_step TEXT NOT NULL,
  decided_by INTEGER NOT NULL REFERENCES app_user(id),
  decided_ms INTEGER NOT NULL,
  reason TEXT,
  end_reason TEXT,
  contacts_present INTEGER NOT NULL DEFAULT 0,
  contacts_werkgever INTEGER NOT NULL DEFAULT 0,
  contacts_bedrijfsarts INTEGER NOT NULL DEFAULT 0,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (trajectory_id, seq)
);

CREATE TABLE agr_task (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  trajectory_id INTEGER NOT NULL REFERENCES agr_trajectory(id),
  task_key TEXT NOT NULL,
  occurrence INTEGER NOT NULL,
  role TEXT NOT NULL,
  assignee_user_id INTEGER REFERENCES app_user(id),
  due_date TEXT NOT NULL,
  due_rule TEXT NOT NULL,
  form_id TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  created_ms INTEGER NOT NULL,
  done_ms INTEGER,
  done_by INTEGER REFERENCES app_user(id),
  UNIQUE (trajectory_id, task_key, occurrence)
);
CREATE INDEX agr_task_assignee ON agr_task(assignee_user_id, done_ms);

-- Form definitions imported by the institution (the built-in ones ship with the binary).
-- A published (stored) version is never updated: there is no UPDATE on this table.
CREATE TABLE form_definition (
  form_id TEXT NOT NULL,
  form_version INTEGER NOT NULL,
  title TEXT NOT NULL,
  requires_signature INTEGER NOT NULL DEFAULT 0,
  definition_json TEXT NOT NULL,
  imported_by INTEGER NOT NULL REFERENCES app_user(id),
  imported_ms INTEGER NOT NULL,
  PRIMARY KEY (form_id, form_version)
);

CREATE TABLE form_response (
  trajectory_id INTEGER NOT NULL REFERENCES agr_trajectory(id),
  form_id TEXT NOT NULL,
  form_version INTEGER NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  status TEXT NOT NULL CHECK (status IN ('draft', 'final', 'signed')),
  answers_json TEXT NOT NULL,
  signature_method TEXT,
  signature_signed_on TEXT,
  signature_recorded_by INTEGER REFERENCES app_user(id),
  signature_recorded_ms INTEGER,
  created_ms INTEGER NOT NULL,
  updated_ms INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  PRIMARY KEY (trajectory_id, form_id)
);

CREATE TABLE form_response_event (
  trajectory_id INTEGER NOT NULL,
  form_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  by_user INTEGER NOT NULL REFERENCES app_user(id),
  at_ms INTEGER NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (trajectory_id, form_id, seq),
  FOREIGN KEY (trajectory_id, form_id) REFERENCES form_response(trajectory_id, form_id)
);

-- Field history: who changed which item when, old and new value (JSON, NULL = no answer).
CREATE TABLE form_field_change (
  trajectory_id INTEGER NOT NULL,
  form_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  path TEXT NOT NULL,
  old_json TEXT,
  new_json TEXT,
  by_user INTEGER NOT NULL REFERENCES app_user(id),
  at_ms INTEGER NOT NULL,
  PRIMARY KEY (trajectory_id, form_id, seq),
  FOREIGN KEY (trajectory_id, form_id) REFERENCES form_response(trajectory_id, form_id)
);

-- Consent (form 3): append-only events per revalidant; the matrix is derived from them.
-- (revalidant_id, seq) is the optimistic lock: two writers cannot both append seq n.
CREATE TABLE consent_event (
  revalidant_id INTEGER NOT NULL REFERENCES revalidant(id),
  seq INTEGER NOT NULL,
  type TEXT NOT NULL,
  by_user INTEGER NOT NULL REFERENCES app_user(id),
  at_ms INTEGER NOT NULL,
  party TEXT NOT NULL DEFAULT '',
  kind TEXT,
  granted INTEGER NOT NULL DEFAULT 0,
  method TEXT,
  signed_on TEXT,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (revalidant_id, seq)
);
