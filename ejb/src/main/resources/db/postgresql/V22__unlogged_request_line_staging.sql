-- PostgreSQL only: the staging table of the request-file load writes no WAL. Its rows are transient (they live
-- from the load step to the complete step's move) and a million of them cost about 270 MB of WAL on the way in
-- and more on the way out, which also brings the next checkpoint into the move. The price: after a crash of
-- PostgreSQL (not of WildFly) or a fail-over to a standby, the table is empty. The load step then reads its
-- file again from the first line; a load whose load step had already ended stops at the complete step with a
-- message saying so, and is abandoned and started again (docs/operations.md).
ALTER TABLE request_line_staging SET UNLOGGED;
