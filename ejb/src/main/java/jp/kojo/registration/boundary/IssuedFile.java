package jp.kojo.registration.boundary;

import java.time.LocalDateTime;

/**
 * A certificate issued: the file to hand over once (PKCS#12 with its one-time passphrase, or the PEM certificate
 * for a CSR, passphrase null), and what identifies it.
 */
public record IssuedFile(IssueOutcome outcome, String serialHex, String fingerprintSha256, LocalDateTime notAfter,
                         byte[] content, String fileName, String contentType, String passphrase, int triesLeft) {
    static IssuedFile refused(IssueOutcome outcome) {
        return new IssuedFile(outcome, null, null, null, null, null, null, null, 0);
    }

    static IssuedFile wrongCode(int triesLeft) {
        return new IssuedFile(IssueOutcome.WRONG_CODE, null, null, null, null, null, null, null, triesLeft);
    }

    /** Never prints the passphrase or the file. */
    @Override
    public String toString() {
        return "IssuedFile[" + outcome + ", serial=" + serialHex + "]";
    }
}
