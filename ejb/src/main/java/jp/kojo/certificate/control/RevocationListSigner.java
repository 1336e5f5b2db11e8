package jp.kojo.certificate.control;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds and signs an X.509 v2 CRL (RFC 5280) for Kojo's CA: issuer, thisUpdate, nextUpdate, the CRL number and
 * the authority key identifier, one entry per revoked certificate with its date and reason code.
 */
final class RevocationListSigner {
    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";

    private RevocationListSigner() {
    }

    static X509CRL sign(X509Certificate ca, PrivateKey caKey, List<CertificateAuthority.RevokedCertificate> entries, Instant thisUpdate,
                        Instant nextUpdate, BigInteger crlNumber) {
        if (!nextUpdate.isAfter(thisUpdate)) {
            throw new IllegalArgumentException("nextUpdate must be after thisUpdate");
        }
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                    Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            for (CertificateAuthority.RevokedCertificate entry : entries) {
                builder.addCRLEntry(entry.serial(), Date.from(entry.revokedAt()), entry.reasonCode());
            }
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(crlNumber));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(ca.getPublicKey()));
            // The JDK's own signature and CRL parser: nothing to register with the application server.
            return new JcaX509CRLConverter().getCRL(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM)
                    .build(caKey)));
        } catch (IOException | OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the CRL", e);
        }
    }
}
