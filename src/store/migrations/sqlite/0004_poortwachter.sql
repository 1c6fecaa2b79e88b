-- Poortwachter (issue 5): the verzuimdossier of a revalidant with its sickness episodes, the
-- recorded steps as dated documents (with every revision kept), the scenario history, and the
-- institution's signal window. Timestamps UTC milliseconds (INTEGER), dates 'YYYY-MM-DD' (TEXT),
-- booleans 0/1, as in 0001.

CREATE TABLE verzuim_dossier (
  id INTEGER PRIMARY KEY,
  version INTEGER NOT NULL DEFAULT 1,
  revalidant_id INTEGER NOT NULL UNIQUE REFERENCES revalidant(id),
  employer TEXT NOT NULL,
  bedrijfsarts TEXT NOT NULL DEFAULT '',
  casemanager_user_id INTEGER REFERENCES app_user(id),
  -- Recorded at the eerstejaarsevaluatie: a concrete internal return within 3 months.
  internal_return_expected INTEGER NOT NULL DEFAULT 0,
  -- Earliest due date of an open deadline of the current timeline, recomputed on every change;
  -- NULL when nothing is open. Lets the dashboard select "due within N days" by index.
  next_due_date TEXT,
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);
CREATE INDEX verzuim_dossier_next_due ON verzuim_dossier(next_due_date);
CREATE INDEX verzuim_dossier_casemanager ON verzuim_dossier(casemanager_user_id, next_due_date);

CREATE TABLE verzuim_episode (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES verzuim_dossier(id),
  version INTEGER NOT NULL DEFAULT 1,
  start_date TEXT NOT NULL,
  end_date TEXT,
  percentage INTEGER NOT NULL CHECK (percentage BETWEEN 1 AND 100),
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);
CREATE INDEX verzuim_episode_dossier ON verzuim_episode(dossier_id);

-- A recorded step: kind, date, the content the employer may see (JSON) and the medical part
-- (JSON, clinical staff only). Never deleted; each change adds a revision.
CREATE TABLE verzuim_document (
  id INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES verzuim_dossier(id),
  version INTEGER NOT NULL DEFAULT 1,
  kind TEXT NOT NULL,
  document_date TEXT NOT NULL,
  content_json TEXT NOT NULL,
  medical_json TEXT NOT NULL DEFAULT '{}',
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);
CREATE INDEX verzuim_document_dossier ON verzuim_document(dossier_id);

CREATE TABLE verzuim_document_revision (
  document_id INTEGER NOT NULL REFERENCES verzuim_document(id),
  version INTEGER NOT NULL,
  document_date TEXT NOT NULL,
  content_json TEXT NOT NULL,
  medical_json TEXT NOT NULL,
  by_user INTEGER NOT NULL REFERENCES app_user(id),
  at_ms INTEGER NOT NULL,
  PRIMARY KEY (document_id, version)
);

CREATE TABLE verzuim_scenario (
  dossier_id INTEGER NOT NULL REFERENCES verzuim_dossier(id),
  seq INTEGER NOT NULL,
  transition_date TEXT NOT NULL,
  scenario TEXT NOT NULL,
  reason TEXT NOT NULL,
  by_user INTEGER NOT NULL REFERENCES app_user(id),
  at_ms INTEGER NOT NULL,
  PRIMARY KEY (dossier_id, seq)
);

-- One row: the institution's Poortwachter settings.
CREATE TABLE verzuim_setting (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL DEFAULT 1,
  signal_days INTEGER NOT NULL DEFAULT 14 CHECK (signal_days BETWEEN 0 AND 365)
);
INSERT INTO verzuim_setting (id, version, signal_days) VALUES (1, 1, 14);
