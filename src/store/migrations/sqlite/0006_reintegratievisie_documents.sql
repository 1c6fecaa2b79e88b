-- Re-integratievisie (AGR form 7) and generated documents (issue 6). Timestamps UTC
-- milliseconds (INTEGER), dates 'YYYY-MM-DD' (TEXT), as in 0001. Binary content (PDFs, the logo)
-- is stored base64-encoded in TEXT: one portable column type for SQLite and PostgreSQL through
-- SOCI (docs/dependencies.md, "cairo and pango").

-- One visie per trajectory; content is the canonical JSON of codec/visie_json.hpp.
CREATE TABLE reintegratievisie (
  id INTEGER PRIMARY KEY,
  trajectory_id INTEGER NOT NULL UNIQUE REFERENCES agr_trajectory(id),
  version INTEGER NOT NULL DEFAULT 1,
  status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'ready_for_signature', 'signed')),
  content_json TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  -- The signature (NULL until signed): method, who, when, the signed version and its hash, and
  -- the parties the revalidant chose to share it with (party codes, comma-separated).
  sig_method TEXT CHECK (sig_method IN ('portal', 'paper')),
  sig_signed_by INTEGER REFERENCES app_user(id),
  sig_recorded_by INTEGER REFERENCES app_user(id),
  sig_recorded_ms INTEGER,
  sig_signed_on TEXT,
  sig_version INTEGER,
  sig_sha256 TEXT,
  sig_share_with TEXT,
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);

-- Every save, status change and signature: the content as it stood, with its hash.
CREATE TABLE reintegratievisie_version (
  visie_id INTEGER NOT NULL REFERENCES reintegratievisie(id),
  version INTEGER NOT NULL,
  status TEXT NOT NULL,
  event TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  content_json TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  by_user INTEGER NOT NULL REFERENCES app_user(id),
  at_ms INTEGER NOT NULL,
  PRIMARY KEY (visie_id, version)
);

CREATE TABLE reintegratievisie_comment (
  id INTEGER PRIMARY KEY,
  visie_id INTEGER NOT NULL REFERENCES reintegratievisie(id),
  on_version INTEGER NOT NULL,
  section TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  discipline TEXT NOT NULL DEFAULT '',
  by_user INTEGER NOT NULL REFERENCES app_user(id),
  at_ms INTEGER NOT NULL
);
CREATE INDEX reintegratievisie_comment_visie ON reintegratievisie_comment(visie_id);

-- Generated documents of a trajectory: metadata, hash and the bytes (base64). Never changed.
CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  trajectory_id INTEGER NOT NULL REFERENCES agr_trajectory(id),
  revalidant_id INTEGER NOT NULL REFERENCES revalidant(id),
  kind TEXT NOT NULL,
  audience TEXT NOT NULL,
  title TEXT NOT NULL,
  filename TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  source_version INTEGER NOT NULL DEFAULT 0,
  content_base64 TEXT NOT NULL,
  created_by INTEGER NOT NULL REFERENCES app_user(id),
  created_ms INTEGER NOT NULL
);
CREATE INDEX document_trajectory ON document(trajectory_id, created_ms);

-- One row at most: the institution's logo for folders and letters (PNG, size-limited).
CREATE TABLE institution_logo (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  png_base64 TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  updated_by INTEGER NOT NULL REFERENCES app_user(id),
  updated_ms INTEGER NOT NULL
);
