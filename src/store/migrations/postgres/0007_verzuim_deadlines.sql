-- Poortwachter dashboard (issue 5): every open deadline of every verzuimdossier as a row, so
-- "due or overdue within N days" is one indexed query instead of recomputing each dossier.
-- A row is a deadline of the current timeline that is neither done nor not applicable; whether it
-- is "due" or "overdue" depends only on today and is decided by the query (due_date < today:
-- overdue). The rows are derived by the pure deadline engine (domain/poortwachter) and replaced in
-- the same transaction as every change of an episode, a document, the scenario or the dossier;
-- team_id and ric_user_id are copies of the revalidant's, kept equal by every revalidant update
-- (store/sql/revalidanten_sql.cpp), so the need-to-know scope is an index range too.
-- Dates 'YYYY-MM-DD' (TEXT) as in 0004.

-- The version of the deadline rules the dossier's rows were derived with
-- (domain::poortwachter::kRulesVersion); 0 = never: existing dossiers are derived when the
-- application starts.
ALTER TABLE verzuim_dossier ADD COLUMN deadlines_rules BIGINT NOT NULL DEFAULT 0;
CREATE INDEX verzuim_dossier_deadlines_rules ON verzuim_dossier(deadlines_rules);

CREATE TABLE verzuim_deadline (
  dossier_id BIGINT NOT NULL REFERENCES verzuim_dossier(id),
  milestone TEXT NOT NULL,            -- domain::poortwachter::keys
  sequence BIGINT NOT NULL,          -- evaluations 1, 2, ...; 0 otherwise
  due_date TEXT NOT NULL,
  week BIGINT NOT NULL,              -- the sickness week of due_date
  parties BIGINT NOT NULL,           -- bit set of the responsible parties (PartyBit)
  revalidant_id BIGINT NOT NULL REFERENCES revalidant(id),
  team_id BIGINT REFERENCES team(id),
  ric_user_id BIGINT REFERENCES app_user(id),
  casemanager_user_id BIGINT REFERENCES app_user(id),
  PRIMARY KEY (dossier_id, milestone, sequence)
);
CREATE INDEX verzuim_deadline_due ON verzuim_deadline(due_date, dossier_id);
CREATE INDEX verzuim_deadline_team ON verzuim_deadline(team_id, due_date, dossier_id);
CREATE INDEX verzuim_deadline_ric ON verzuim_deadline(ric_user_id, due_date, dossier_id);
CREATE INDEX verzuim_deadline_casemanager
  ON verzuim_deadline(casemanager_user_id, due_date, dossier_id);
