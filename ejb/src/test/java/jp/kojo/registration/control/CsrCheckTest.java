package jp.kojo.registration.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;

class CsrCheckTest {

    static String csr(KeyPair keys, String algorithm) throws Exception {
        PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=someone"),
                keys.getPublic()).build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate()));
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(request);
        }
        return out.toString();
    }

    static KeyPair rsa(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    static KeyPair ec(String curve) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    @Test
    void rsa2048AndP256AreTaken() throws Exception {
        assertTrue(CsrCheck.check(csr(rsa(2048), "SHA256withRSA")).ok());
        CsrCheck.Result p256 = CsrCheck.check(csr(ec("secp256r1"), "SHA256withECDSA"));
        assertTrue(p256.ok());
        assertEquals("EC", p256.publicKey().getAlgorithm());
    }

    @Test
    void weakKeysAreRefused() throws Exception {
        assertEquals(CsrCheck.Problem.WEAK_KEY, CsrCheck.check(csr(rsa(1024), "SHA256withRSA")).problem());
        assertEquals(CsrCheck.Problem.WEAK_KEY, CsrCheck.check(csr(ec("secp384r1"), "SHA384withECDSA")).problem());
    }

    @Test
    void aRequestSignedByAnotherKeyIsRefused() throws Exception {
        KeyPair claimed = rsa(2048);
        KeyPair signer = rsa(2048);
        PKCS10CertificationRequest request = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=someone"),
                claimed.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate()));
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(request);
        }
        assertEquals(CsrCheck.Problem.SIGNATURE_INVALID, CsrCheck.check(out.toString()).problem());
    }

    @Test
    void garbageIsUnreadable() {
        assertEquals(CsrCheck.Problem.UNREADABLE, CsrCheck.check("hello").problem());
        assertEquals(CsrCheck.Problem.UNREADABLE, CsrCheck.check("").problem());
        assertEquals(CsrCheck.Problem.UNREADABLE, CsrCheck.check(
                "-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n").problem());
        assertNull(CsrCheck.check("hello").publicKey());
    }
}
