-- The request-file job's load step writes each chunk here (COPY on PostgreSQL, JDBC batches on H2); its
-- complete step moves a file's rows into person and deduction_line with set-based inserts in one transaction and
-- deletes them here. Rows of a file stay only while its load is under way or failed (a restart continues them).
-- No foreign keys: the rows are transient, and keys would only slow the load (the validate step checked them).
CREATE TABLE request_line_staging (
    file_id             BIGINT      NOT NULL,
    source_record       INTEGER     NOT NULL,
    organization_id     BIGINT      NOT NULL,
    person_number       VARCHAR(10) NOT NULL,
    employee_number     VARCHAR(10),
    name_kana           VARCHAR(40) NOT NULL,
    product_code        VARCHAR(2)  NOT NULL,
    account_branch_code VARCHAR(3)  NOT NULL,
    account_number      VARCHAR(7)  NOT NULL,
    requested_amount    BIGINT      NOT NULL,
    CONSTRAINT pk_request_line_staging PRIMARY KEY (file_id, source_record)
);
