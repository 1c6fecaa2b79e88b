-- Function profile vs person profile (issue 4): form 4 (the function-demand profile of an AGR
-- trajectory, every revision kept), form 6 (person-profile assessment rounds with one assessment
-- per item), FML/IZP capacity profiles from the bedrijfsarts or UWV, treatment goals aimed at
-- work with their events (evaluations, status changes, adjustments linked to a D4 decision),
-- work training (the institution's worksample catalogue, sessions, reports) and function
-- catalogues for alternative functions. The item values (demand and capacity in the item's
-- units) are JSON documents in the format of src/codec/profiles; the store does not look inside.
-- Timestamps UTC milliseconds (INTEGER), dates 'YYYY-MM-DD' (TEXT), booleans 0/1, as in 0001.

-- One row: the institution's assignment of items to disciplines (JSON object item code ->
-- array of discipline codes); '{}' = the handbook's default split for every item.
CREATE TABLE profile_setting (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL DEFAULT 1,
  assignment_json TEXT NOT NULL DEFAULT '{}',
  updated_by INTEGER REFERENCES app_user(id),
  updated_ms INTEGER
);
INSERT INTO profile_setting (id, version, assignment_json) VALUES (1, 1, '{}');

-- Form 4 of a trajectory (one per trajectory), filled in by the RIC with the employer.
CREATE TABLE profile_demand (
  trajectory_id INTEGER PRIMARY KEY REFERENCES agr_trajectory(id),
  version INTEGER NOT NULL DEFAULT 1,
  visit_date TEXT,
  filled_with TEXT NOT NULL DEFAULT '',
  profile_json TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);

CREATE TABLE profile_demand_revision (
  trajectory_id INTEGER NOT NULL REFERENCES profile_demand(trajectory_id),
  version INTEGER NOT NULL,
  visit_date TEXT,
  filled_with TEXT NOT NULL,
  profile_json TEXT NOT NULL,
  note TEXT NOT NULL,
  by_user INTEGER NOT NULL REFERENCES app_user(id),
  at_ms INTEGER NOT NULL,
  PRIMARY KEY (trajectory_id, version)
);

-- Form 6: an assessment round (eerste_indruk, herbeoordeling, definitief) of a trajectory.
CREATE TABLE profile_round (
  id INTEGER PRIMARY KEY,
  trajectory_id INTEGER NOT NULL REFERENCES agr_trajectory(id),
  version INTEGER NOT NULL DEFAULT 1,
  kind TEXT NOT NULL,
  round_date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  closed INTEGER NOT NULL DEFAULT 0,
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);
CREATE INDEX profile_round_trajectory ON profile_round(trajectory_id, round_date);

-- One item's assessment in a round, by the discipline assigned to the item.
CREATE TABLE profile_assessment (
  round_id INTEGER NOT NULL REFERENCES profile_round(id),
  item_code TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  discipline TEXT NOT NULL,
  verdict TEXT NOT NULL,
  capacity_json TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  assessed_on TEXT NOT NULL,
  assessor INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL,
  PRIMARY KEY (round_id, item_code)
);

-- A capacity profile from outside (FML of the verzekeringsarts, IZP of the bedrijfsarts, ...).
CREATE TABLE profile_capacity (
  id INTEGER PRIMARY KEY,
  trajectory_id INTEGER NOT NULL REFERENCES agr_trajectory(id),
  version INTEGER NOT NULL DEFAULT 1,
  source TEXT NOT NULL,
  instrument TEXT NOT NULL,
  profile_date TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  profile_json TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);
CREATE INDEX profile_capacity_trajectory ON profile_capacity(trajectory_id);

-- Treatment goals aimed at work, per discipline, usually from a discrepancy on one item.
CREATE TABLE profile_goal (
  id INTEGER PRIMARY KEY,
  trajectory_id INTEGER NOT NULL REFERENCES agr_trajectory(id),
  version INTEGER NOT NULL DEFAULT 1,
  discipline TEXT NOT NULL,
  item_code TEXT NOT NULL DEFAULT '',
  round_id INTEGER REFERENCES profile_round(id),
  description TEXT NOT NULL,
  target_json TEXT NOT NULL DEFAULT 'null',
  target_date TEXT NOT NULL,
  status TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);
CREATE INDEX profile_goal_trajectory ON profile_goal(trajectory_id);

-- A goal's history: created, evaluation, status change, adjustment (bijgesteld; then
-- d4_seq names the D4 decision agr_decision(trajectory_id, seq) that decided it).
CREATE TABLE profile_goal_event (
  goal_id INTEGER NOT NULL REFERENCES profile_goal(id),
  seq INTEGER NOT NULL,
  kind TEXT NOT NULL,
  event_date TEXT NOT NULL,
  status TEXT NOT NULL,
  description TEXT NOT NULL,
  target_json TEXT NOT NULL,
  target_date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  d4_seq INTEGER,
  by_user INTEGER NOT NULL REFERENCES app_user(id),
  at_ms INTEGER NOT NULL,
  PRIMARY KEY (goal_id, seq)
);

-- The institution's worksamples (simulated work situations), managed by the admin.
CREATE TABLE profile_worksample (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('fysiek', 'cognitief', 'fysiek_cognitief')),
  employer_material INTEGER NOT NULL DEFAULT 0,
  description TEXT NOT NULL DEFAULT '',
  active INTEGER NOT NULL DEFAULT 1,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);

-- A work-training session: a worksample in the institution or training at the own workplace.
CREATE TABLE profile_training_session (
  id INTEGER PRIMARY KEY,
  trajectory_id INTEGER NOT NULL REFERENCES agr_trajectory(id),
  version INTEGER NOT NULL DEFAULT 1,
  kind TEXT NOT NULL CHECK (kind IN ('werksample', 'werkplek')),
  session_date TEXT NOT NULL,
  worksample_id INTEGER REFERENCES profile_worksample(id),
  duration_minutes INTEGER NOT NULL,
  disciplines_json TEXT NOT NULL,
  observations TEXT NOT NULL DEFAULT '',
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);
CREATE INDEX profile_training_session_trajectory ON profile_training_session(trajectory_id);

CREATE TABLE profile_training_goal (
  session_id INTEGER NOT NULL REFERENCES profile_training_session(id),
  goal_id INTEGER NOT NULL REFERENCES profile_goal(id),
  PRIMARY KEY (session_id, goal_id)
);
CREATE INDEX profile_training_goal_goal ON profile_training_goal(goal_id);

CREATE TABLE profile_training_report (
  id INTEGER PRIMARY KEY,
  trajectory_id INTEGER NOT NULL REFERENCES agr_trajectory(id),
  version INTEGER NOT NULL DEFAULT 1,
  report_date TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  text TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);
CREATE INDEX profile_training_report_trajectory ON profile_training_report(trajectory_id);

-- Function catalogues (of the institution or of one employer) for alternative functions; each
-- function is a form-4 profile with title, organisation, hours and wage.
CREATE TABLE profile_catalogue (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('instelling', 'werkgever')),
  employer TEXT NOT NULL DEFAULT '',
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);

CREATE TABLE profile_function (
  id INTEGER PRIMARY KEY,
  catalogue_id INTEGER NOT NULL REFERENCES profile_catalogue(id),
  version INTEGER NOT NULL DEFAULT 1,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  hours_per_week_x10 INTEGER,
  wage_cents INTEGER,
  profile_json TEXT NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL,
  UNIQUE (catalogue_id, code)
);
