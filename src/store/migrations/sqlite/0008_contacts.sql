-- Contact log of an AGR trajectory (issue 6, contact moments with werkgever, bedrijfsarts and
-- other chain partners). Timestamps UTC milliseconds (INTEGER), dates 'YYYY-MM-DD' (TEXT), as in
-- 0001. The purpose and materials of the contact-moment TASKS are data of the pure domain
-- (domain/agr/contacts.hpp); only the logged contacts are stored here.

-- One logged contact. materials: catalogue keys, comma-separated. medical = 1: specific medical
-- information to the bedrijfsarts (recorded by a revalidatiearts, with consent). task_id: the
-- contact-moment task the contact fulfils (marked done in the same transaction), or NULL.
CREATE TABLE contact_entry (
  id INTEGER PRIMARY KEY,
  trajectory_id INTEGER NOT NULL REFERENCES agr_trajectory(id),
  revalidant_id INTEGER NOT NULL REFERENCES revalidant(id),
  version INTEGER NOT NULL DEFAULT 1,
  contact_date TEXT NOT NULL,
  party TEXT NOT NULL,
  channel TEXT NOT NULL,
  purpose TEXT NOT NULL,
  materials TEXT NOT NULL DEFAULT '',
  other_materials TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL,
  medical INTEGER NOT NULL DEFAULT 0 CHECK (medical IN (0, 1)),
  task_id INTEGER UNIQUE REFERENCES agr_task(id),
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);
CREATE INDEX contact_entry_trajectory ON contact_entry(trajectory_id, contact_date);

-- Every version of a contact as it stood (version 1 = as logged): the edit history.
CREATE TABLE contact_entry_version (
  contact_id INTEGER NOT NULL REFERENCES contact_entry(id),
  version INTEGER NOT NULL,
  contact_date TEXT NOT NULL,
  party TEXT NOT NULL,
  channel TEXT NOT NULL,
  purpose TEXT NOT NULL,
  materials TEXT NOT NULL DEFAULT '',
  other_materials TEXT NOT NULL DEFAULT '',
  summary TEXT NOT NULL,
  medical INTEGER NOT NULL DEFAULT 0,
  by_user INTEGER NOT NULL REFERENCES app_user(id),
  at_ms INTEGER NOT NULL,
  PRIMARY KEY (contact_id, version)
);

-- Signals of open contact-moment tasks by due date (GET /contact-moments/signals).
CREATE INDEX agr_task_open_due ON agr_task(done_ms, due_date);
