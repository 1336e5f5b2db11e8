package jp.kojo.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jp.kojo.certificate.boundary.CertificateSerials;

/**
 * A certificate freshly issued by {@link CertificateAuthority} together with its private key and the issuer's
 * chain up to the root (kept so the PKCS#12 bundle carries the whole chain).
 */
public record IssuedCertificate(X509Certificate certificate, PrivateKey privateKey, List<X509Certificate> issuerChain) {

    public IssuedCertificate {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
        issuerChain = List.copyOf(issuerChain);
    }

    /** The certificate of the authority that issued this one. */
    public X509Certificate caCertificate() {
        return issuerChain.get(0);
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
     * [certificate, issuing CA, …, root], protected by {@code passphrase}.
     */
    public byte[] toPkcs12(String alias, char[] passphrase) {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(passphrase, "passphrase");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            List<Certificate> chain = new ArrayList<>();
            chain.add(certificate);
            chain.addAll(issuerChain);
            store.setKeyEntry(alias, privateKey, passphrase, chain.toArray(new Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, passphrase);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot build PKCS#12 bundle", e);
        }
    }
}
