package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Kojo's CRL at its fixed public URL, fetched without a certificate as a reverse proxy would: an X.509 v2 CRL
 * signed by Kojo's CA, with nextUpdate, listing a certificate as soon as it is revoked.
 */
@ExtendWith(ArquillianExtension.class)
class CrlIT {
    private static final String PASSWORD = "Crl-pass-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aRevokedCertificateIsListedInTheSignedCrlAtOnce() throws Exception {
        String revokedUser = TestAccounts.user("cr", TestAccounts.organization(), "MASTER", PASSWORD, false);
        String liveUser = TestAccounts.user("cl", TestAccounts.organization(), "MASTER", PASSWORD, false);
        BigInteger revokedSerial = new BigInteger(CertificateRevocationIT.serialOf(revokedUser), 16);
        BigInteger liveSerial = new BigInteger(CertificateRevocationIT.serialOf(liveUser), 16);
        X509CRL before = fetch();

        KojoBrowserlessClient user = TestAccounts.loggedIn(revokedUser, PASSWORD);
        assertEquals(302, user.submit("/account/certificate.xhtml", "revoke", Map.of("reason", "PC入替え"), "submit")
                .statusCode());

        X509CRL crl = fetch();
        assertNotNull(crl.getRevokedCertificate(revokedSerial), "listed at once");
        assertEquals(CRLReason.CESSATION_OF_OPERATION, crl.getRevokedCertificate(revokedSerial).getRevocationReason());
        assertNull(crl.getRevokedCertificate(liveSerial));
        assertTrue(crlNumber(crl).compareTo(crlNumber(before)) > 0, "a new CRL has a higher number");
        assertTrue(crl.getNextUpdate().after(crl.getThisUpdate()));
        assertTrue(crl.getThisUpdate().toInstant().isBefore(Instant.now().plusSeconds(60)));
    }

    /** GET without a client certificate; parsed and verified with the JDK against Kojo's client CA (the issuer of users' certificates). */
    private static X509CRL fetch() throws Exception {
        HttpResponse<byte[]> response = new KojoBrowserlessClient(null).get("/public/kojo.crl");
        assertEquals(200, response.statusCode());
        assertEquals("application/pkix-crl", response.headers().firstValue("Content-Type").orElse(""));
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        X509CRL crl = (X509CRL) factory.generateCRL(new ByteArrayInputStream(response.body()));
        X509Certificate ca;
        try (InputStream in = Files.newInputStream(TestServer.clientCaCertificate())) {
            ca = (X509Certificate) factory.generateCertificate(in);
        }
        crl.verify(ca.getPublicKey());
        assertEquals(2, crl.getVersion());
        assertEquals(ca.getSubjectX500Principal(), crl.getIssuerX500Principal());
        return crl;
    }

    private static BigInteger crlNumber(X509CRL crl) {
        byte[] value = ASN1OctetString.getInstance(crl.getExtensionValue("2.5.29.20")).getOctets();
        return ASN1Integer.getInstance(value).getValue();
    }
}
