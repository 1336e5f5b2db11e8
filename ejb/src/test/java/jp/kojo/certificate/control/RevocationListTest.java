package jp.kojo.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.SignatureException;
import java.security.cert.CRLReason;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CRL Kojo's client CA (the issuer of users' certificates) signs, read back with the JDK alone as a relying party would. */
class RevocationListTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aSignedV2CrlListsTheRevokedSerialsWithReasonsAndItsNumber() throws Exception {
        CertificateAuthority ca = CertificateAuthority.newRoot(Clock.fixed(NOW, ZoneOffset.UTC)).newClientCa();
        BigInteger revoked = new BigInteger("1234abcd", 16);
        X509CRL built = ca.revocationList(List.of(new CertificateAuthority.RevokedCertificate(revoked,
                NOW.minusSeconds(60), 4)), NOW, NOW.plus(Duration.ofDays(7)), BigInteger.valueOf(42));

        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(built.getEncoded()));
        crl.verify(ca.caCertificate().getPublicKey());
        assertEquals(2, crl.getVersion());
        assertEquals(ca.caCertificate().getSubjectX500Principal(), crl.getIssuerX500Principal());
        assertEquals(NOW, crl.getThisUpdate().toInstant());
        assertEquals(NOW.plus(Duration.ofDays(7)), crl.getNextUpdate().toInstant());
        assertNotNull(crl.getRevokedCertificate(revoked));
        assertEquals(CRLReason.SUPERSEDED, crl.getRevokedCertificate(revoked).getRevocationReason());
        assertEquals(NOW.minusSeconds(60), crl.getRevokedCertificate(revoked).getRevocationDate().toInstant());
        assertNull(crl.getRevokedCertificate(BigInteger.TEN));
        byte[] number = ASN1OctetString.getInstance(crl.getExtensionValue("2.5.29.20")).getOctets();
        assertEquals(BigInteger.valueOf(42), ASN1Integer.getInstance(number).getValue());
    }

    @Test
    void anotherKeyDoesNotVerifyIt() throws Exception {
        CertificateAuthority ca = CertificateAuthority.newRoot(Clock.fixed(NOW, ZoneOffset.UTC)).newClientCa();
        X509CRL crl = ca.revocationList(List.of(), NOW, NOW.plusSeconds(3600), BigInteger.ONE);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        assertThrows(SignatureException.class, () -> crl.verify(generator.generateKeyPair().getPublic()));
    }

    @Test
    void nextUpdateMustComeAfterThisUpdate() throws Exception {
        CertificateAuthority ca = CertificateAuthority.newRoot(Clock.fixed(NOW, ZoneOffset.UTC)).newClientCa();
        assertThrows(IllegalArgumentException.class, () -> ca.revocationList(List.of(), NOW, NOW, BigInteger.ONE));
    }
}
