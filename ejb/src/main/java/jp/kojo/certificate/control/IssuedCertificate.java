package jp.kojo.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A certificate freshly issued by {@link CertificateAuthority} together with its private key and the issuing CA
 * certificate (kept so the PKCS#12 bundle carries the whole chain).
 */
public record IssuedCertificate(X509Certificate certificate, PrivateKey privateKey, X509Certificate caCertificate) {

    public IssuedCertificate {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(caCertificate, "caCertificate");
    }

    /** Never prints the key: the JDK's RSA private key toString includes the private exponent. */
    @Override
    public String toString() {
        return "IssuedCertificate[subject=" + certificate.getSubjectX500Principal().getName()
                + ", serial=" + serialHex() + ", notAfter=" + certificate.getNotAfter().toInstant() + "]";
    }

    /** Serial in the canonical form of {@link CertificateSerials}. */
    public String serialHex() {
        return CertificateSerials.normalise(certificate.getSerialNumber());
    }

    /**
     * PKCS#12 bundle (JDK format) with one key entry under {@code alias}: the private key and the chain
     * [certificate, CA certificate], protected by {@code passphrase}.
     */
    public byte[] toPkcs12(String alias, char[] passphrase) {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(passphrase, "passphrase");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, privateKey, passphrase, new Certificate[] {certificate, caCertificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, passphrase);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot build PKCS#12 bundle", e);
        }
    }
}
