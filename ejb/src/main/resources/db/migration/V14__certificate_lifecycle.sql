-- Certificate lifecycle (電子証明書の失効・更新・CRL): who revoked a certificate, when, why and on which paper
-- request; the reminder mails before expiry; the CRLs Kojo's CA published.

-- Every revocation is recorded on the certificate's row: revoked_at (already there), by whom (a login id, or
-- 'system' when a new certificate superseded it), the reason (RevocationReason), a note typed by the person
-- who revoked it, and for the bank the reference of the paper request (電子証明書失効依頼書).
ALTER TABLE client_certificate ADD COLUMN revoked_by VARCHAR(32);
ALTER TABLE client_certificate ADD COLUMN revocation_reason VARCHAR(20);
ALTER TABLE client_certificate ADD COLUMN revocation_note VARCHAR(200);
ALTER TABLE client_certificate ADD COLUMN revocation_reference VARCHAR(100);

-- Revocations before this version came from a new issue or from a deleted user.
UPDATE client_certificate SET revoked_by = 'system', revocation_reason = 'USER_DELETED'
WHERE revoked_at IS NOT NULL AND user_id IN (SELECT id FROM user_account WHERE deleted_at IS NOT NULL);
UPDATE client_certificate SET revoked_by = 'system', revocation_reason = 'SUPERSEDED'
WHERE revoked_at IS NOT NULL AND revocation_reason IS NULL;

-- Fingerprints: Kojo never stored the certificates themselves, so rows from before V11 cannot be backfilled.
-- Such a row (fingerprint_sha256 NULL) is bound at the next successful login to the certificate presented
-- (see Authentication); every row written since V11 has its fingerprint from the issue.

-- The reminder mails 30 and 10 days before expiry: one row per certificate and threshold, written before the
-- mail goes out, so a rerun of the daily job (or a second node) never sends it twice.
CREATE TABLE certificate_reminder (
    certificate_id BIGINT    NOT NULL REFERENCES client_certificate (id),
    days_before    INTEGER   NOT NULL,
    sent_at        TIMESTAMP NOT NULL,
    PRIMARY KEY (certificate_id, days_before)
);
CREATE INDEX ix_client_certificate_expiry ON client_certificate (not_after);

-- The CRLs (X.509 v2) Kojo's CA signed, newest = highest number; the public URL serves the newest.
CREATE TABLE certificate_crl (
    crl_number  BIGINT    PRIMARY KEY,
    this_update TIMESTAMP NOT NULL,
    next_update TIMESTAMP NOT NULL,
    der         BYTEA     NOT NULL
);
-- One row: the last CRL number given. Publishing increments it first, which holds the row's lock until the
-- CRL is stored, so two revocations at once publish one after the other and the later lists both.
CREATE TABLE certificate_crl_counter (
    id          INTEGER PRIMARY KEY,
    last_number BIGINT  NOT NULL
);
INSERT INTO certificate_crl_counter (id, last_number) VALUES (1, 0);
