-- The audit entries per user (the admin's audit view filtered by user) are found the way those
-- per client are since 0012: through audit_user, which the writer fills in bulk together with
-- audit_client, up to the same mark (renamed for both). The index on audit_log (user_id, at_ms)
-- took one leaf page per user in every commit: with many staff at work, one per request.
ALTER TABLE audit_client_mark RENAME TO audit_index_mark;

CREATE TABLE audit_user (
  user_id BIGINT NOT NULL,
  at_ms BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  PRIMARY KEY (user_id, at_ms, seq)
);

INSERT INTO audit_user (user_id, at_ms, seq)
  SELECT user_id, at_ms, seq FROM audit_log
  WHERE user_id > 0 AND seq <= (SELECT seq FROM audit_index_mark WHERE id = 1)
  ORDER BY user_id, at_ms, seq;

DROP INDEX audit_log_user;
