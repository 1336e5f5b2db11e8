package jp.kojo.web.security;

import jakarta.security.enterprise.credential.Credential;

/** Both login factors as they reached the server: the typed login id and password, and the TLS certificate. */
public record CertificatePasswordCredential(String loginId, char[] password, String certificateSerial,
                                            String certificateFingerprint, String remoteAddress) implements Credential {
    @Override
    public void clear() {
        java.util.Arrays.fill(password, '\0');
    }

    @Override
    public String toString() {
        return "CertificatePasswordCredential[" + loginId + "]";
    }
}
