-- Alternative functions (issue 4): the ranking keeps each function catalogue, built into its
-- column layout, in memory (service/profile_service.cpp). Every insert, update or delete of one
-- of the catalogue's functions moves this counter in the same transaction
-- (store/sql/profiles_sql.cpp), so a kept copy is known to be current from the catalogue row
-- alone, also when another process changed the functions.
ALTER TABLE profile_catalogue ADD COLUMN function_revision INTEGER NOT NULL DEFAULT 0;
