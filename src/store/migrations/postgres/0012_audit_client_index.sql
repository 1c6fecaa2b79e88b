-- The audit entries per client (the admin view, the client's right to see who looked at their
-- file) are found through audit_client instead of an index on audit_log (client_id, at_ms).
-- That index took one scattered leaf page per client in every commit: an update batch of some
-- fifteen revalidanten wrote fifteen of them to the WAL and synced them (docs/performance.md,
-- runs U). The writer now brings audit_client up to date in bulk, in key order, once the entries
-- after audit_client_mark.seq reach a threshold (store/sql/audit_sql.cpp, IndexClients), in the
-- same transaction as the entries of that batch; a query by client reads audit_client and the
-- few entries after the mark (SqlAuditRepo::List). The hash chain covers audit_log alone:
-- audit_client is derived from it and holds nothing the chain does not.
CREATE TABLE audit_client (
  client_id BIGINT NOT NULL,
  at_ms BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  PRIMARY KEY (client_id, at_ms, seq)
);

CREATE TABLE audit_client_mark (
  id BIGINT PRIMARY KEY CHECK (id = 1),
  seq BIGINT NOT NULL
);

INSERT INTO audit_client (client_id, at_ms, seq)
  SELECT client_id, at_ms, seq FROM audit_log WHERE client_id > 0 ORDER BY client_id, at_ms, seq;
INSERT INTO audit_client_mark (id, seq) VALUES (1, (SELECT COALESCE(MAX(seq), 0) FROM audit_log));

DROP INDEX audit_log_client;
