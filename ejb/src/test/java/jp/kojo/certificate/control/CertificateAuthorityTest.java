package jp.kojo.certificate.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateAuthorityTest {

    private static final Instant NOW = Instant.parse("2025-04-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final char[] PASSWORD = "ca-secret".toCharArray();
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";

    @TempDir
    static Path dir;
    static CertificateAuthority root;
    static CertificateAuthority ca;
    static CertificateAuthority serverCa;

    @BeforeAll
    static void createCa() {
        root = CertificateAuthority.newRoot(CLOCK);
        ca = root.newClientCa();
        serverCa = root.newServerCa();
    }

    @Test
    void theRootIsSelfSignedAndMayHaveOnlyIntermediatesBelowIt() throws Exception {
        X509Certificate cert = root.caCertificate();
        assertEquals(CertificateAuthority.ROOT_SUBJECT, cert.getSubjectX500Principal().getName());
        assertEquals(cert.getSubjectX500Principal(), cert.getIssuerX500Principal());
        cert.verify(cert.getPublicKey());
        assertEquals(3072, ((RSAPublicKey) cert.getPublicKey()).getModulus().bitLength());
        assertEquals(1, cert.getBasicConstraints(), "CA=true, path length 1");
        assertTrue(cert.getCriticalExtensionOIDs().containsAll(Set.of("2.5.29.19", "2.5.29.15")));
        boolean[] keyUsage = cert.getKeyUsage();
        assertTrue(keyUsage[5] && keyUsage[6], "keyCertSign and cRLSign");
        assertFalse(keyUsage[0]);
        assertNotNull(cert.getExtensionValue("2.5.29.14"), "SubjectKeyIdentifier");
        assertEquals(Date.from(NOW.atOffset(ZoneOffset.UTC).plusYears(20).toInstant()), cert.getNotAfter());
        assertEquals(List.of(cert), root.chain());
    }

    @Test
    void theClientCaIsNameConstrainedToTheUsersAndForClientAuthenticationOnly() throws Exception {
        X509Certificate cert = ca.caCertificate();
        assertEquals(CertificateAuthority.CLIENT_CA_SUBJECT, cert.getSubjectX500Principal().getName());
        assertEquals(root.caCertificate().getSubjectX500Principal(), cert.getIssuerX500Principal());
        cert.verify(root.caCertificate().getPublicKey());
        assertEquals(0, cert.getBasicConstraints(), "CA=true, no CA below it");
        assertEquals(List.of(CLIENT_AUTH), cert.getExtendedKeyUsage());
        assertTrue(cert.getCriticalExtensionOIDs().contains("2.5.29.30"), "critical NameConstraints");
        assertEquals(Date.from(NOW.atOffset(ZoneOffset.UTC).plusYears(10).toInstant()), cert.getNotAfter());
        assertEquals(List.of(cert, root.caCertificate()), ca.chain());
    }

    @Test
    void theServerCaIssuesForServerAuthenticationOnly() throws Exception {
        X509Certificate cert = serverCa.caCertificate();
        assertEquals(CertificateAuthority.SERVER_CA_SUBJECT, cert.getSubjectX500Principal().getName());
        cert.verify(root.caCertificate().getPublicKey());
        assertEquals(0, cert.getBasicConstraints());
        assertEquals(List.of(SERVER_AUTH), cert.getExtendedKeyUsage());
    }

    @Test
    void onlyTheRootSignsIntermediates() {
        assertThrows(IllegalStateException.class, () -> ca.newClientCa());
        assertThrows(IllegalStateException.class, () -> serverCa.newServerCa());
    }

    @Test
    void aCertificateOutsideTheUsersSubjectSpaceFailsValidationEvenSignedByTheClientCa() throws Exception {
        // What a stolen client-CA key could sign: refused by anyone who validates up to the root.
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        java.security.KeyPair keys = generator.generateKeyPair();
        X509Certificate outside = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                ca.caCertificate(), BigInteger.TEN, Date.from(NOW.minusSeconds(60)), Date.from(NOW.plusSeconds(3600)),
                new X500Name("C=JP,O=Kojo,CN=www.kojo.example.jp"), keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(ca.key())));
        CertPathValidatorException refused = assertThrows(CertPathValidatorException.class,
                () -> validatePath(List.of(outside, ca.caCertificate()), root.caCertificate()));
        assertTrue(refused.getMessage().toLowerCase().contains("name"), refused.getMessage());
    }

    @Test
    void keystoreRoundTripKeepsKeyAndChainPrivately() throws Exception {
        Path file = dir.resolve("ca").resolve("kojo-ca.p12");
        CaKeystore.save(file, PASSWORD, ca);
        CertificateAuthority loaded = CaKeystore.load(file, PASSWORD, CLOCK);
        assertEquals(ca.chain(), loaded.chain());
        // The reloaded CA can still sign, and what it signs validates up to the root.
        X509Certificate issued = loaded.issueClientCertificate("reload", null, Duration.ofDays(1)).certificate();
        validatePath(List.of(issued, ca.caCertificate()), root.caCertificate());
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "no temp file left behind");
        }
    }

    @Test
    void loadFailsClearly() {
        UncheckedIOException missing = assertThrows(UncheckedIOException.class,
                () -> CaKeystore.load(dir.resolve("missing.p12"), PASSWORD, CLOCK));
        assertInstanceOf(NoSuchFileException.class, missing.getCause());
        assertTrue(missing.getMessage().contains("missing.p12"));
        assertTrue(missing.getMessage().contains("KeyMaterialSetup"));
        Path file = dir.resolve("other").resolve("kojo-ca.p12");
        CaKeystore.save(file, PASSWORD, ca);
        UncheckedIOException wrong = assertThrows(UncheckedIOException.class,
                () -> CaKeystore.load(file, "wrong".toCharArray(), CLOCK));
        assertTrue(wrong.getMessage().contains("wrong password"));
    }

    @Test
    void issuedCertificatesNameTheCrlWhenTheAuthorityKnowsWhereItIsPublished() throws Exception {
        String url = "https://kojo.example.jp/kojo/public/kojo.crl";
        X509Certificate with = ca.withCrlDistributionPoint(url).issueClientCertificate("crl", null, Duration.ofDays(1))
                .certificate();
        CRLDistPoint points = CRLDistPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                with.getExtensionValue(Extension.cRLDistributionPoints.getId())));
        GeneralName name = GeneralNames.getInstance(points.getDistributionPoints()[0].getDistributionPoint().getName())
                .getNames()[0];
        assertEquals(GeneralName.uniformResourceIdentifier, name.getTagNo());
        assertEquals(url, name.getName().toString());
        X509Certificate without = ca.issueClientCertificate("nocrl", null, Duration.ofDays(1)).certificate();
        assertEquals(null, without.getExtensionValue(Extension.cRLDistributionPoints.getId()));
    }

    @Test
    void clientCertificate() throws Exception {
        Duration validity = CertificateAuthority.CLIENT_CERTIFICATE_VALIDITY;
        IssuedCertificate issued = ca.issueClientCertificate("taro.yamada", "山田 太郎", validity);
        X509Certificate cert = issued.certificate();

        cert.verify(ca.caCertificate().getPublicKey());
        validatePath(List.of(cert, ca.caCertificate()), root.caCertificate());
        assertEquals("CN=taro.yamada,O=Kojo users,C=JP", cert.getSubjectX500Principal().getName());
        assertEquals(ca.caCertificate().getSubjectX500Principal(), cert.getIssuerX500Principal());
        assertEquals(2048, ((RSAPublicKey) cert.getPublicKey()).getModulus().bitLength());
        assertEquals(List.of(CLIENT_AUTH), cert.getExtendedKeyUsage());
        assertEquals(-1, cert.getBasicConstraints(), "CA=false");
        boolean[] keyUsage = cert.getKeyUsage();
        assertTrue(keyUsage[0] && keyUsage[2], "digitalSignature and keyEncipherment");
        assertFalse(keyUsage[5]);
        assertTrue(cert.getCriticalExtensionOIDs().contains("2.5.29.15"));
        AuthorityKeyIdentifier aki = AuthorityKeyIdentifier.getInstance(
                JcaX509ExtensionUtils.parseExtensionValue(cert.getExtensionValue("2.5.29.35")));
        byte[] caSki = SubjectKeyIdentifier.getInstance(
                JcaX509ExtensionUtils.parseExtensionValue(ca.caCertificate().getExtensionValue("2.5.29.14")))
                .getKeyIdentifier();
        assertArrayEquals(caSki, aki.getKeyIdentifier(), "AuthorityKeyIdentifier matches the CA's key");
        assertNotNull(cert.getExtensionValue("2.5.29.14"), "SubjectKeyIdentifier");

        BigInteger serial = cert.getSerialNumber();
        assertEquals(1, serial.signum());
        assertTrue(serial.bitLength() <= 128);
        assertEquals(serial.toString(16), issued.serialHex());
        assertEquals(serial, new BigInteger(issued.serialHex(), 16));

        assertEquals(Date.from(NOW.minus(Duration.ofMinutes(5))), cert.getNotBefore());
        assertEquals(Date.from(NOW.plus(validity)), cert.getNotAfter());
        assertFalse(issued.toString().contains("exponent"), "toString must not leak the key");
    }

    @Test
    void clientLoginIdIsValidated() {
        assertThrows(IllegalArgumentException.class, () -> ca.issueClientCertificate("山田", null, Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> ca.issueClientCertificate(" ", null, Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class, () -> ca.issueClientCertificate("x", null, Duration.ZERO));
    }

    @Test
    void dnSpecialCharactersAreEscapedNotInjected() throws Exception {
        X509Certificate cert = ca.issueClientCertificate("evil,O=Kojo CA", null, Duration.ofDays(1)).certificate();
        javax.naming.ldap.LdapName name = new javax.naming.ldap.LdapName(cert.getSubjectX500Principal().getName());
        assertEquals(3, name.size());
        assertEquals("evil,O=Kojo CA", name.getRdn(2).getValue());
    }

    @Test
    void pkcs12RoundTrip() throws Exception {
        IssuedCertificate issued = ca.issueClientCertificate("hanako", null, Duration.ofDays(30));
        char[] passphrase = "import-me".toCharArray();
        byte[] bytes = issued.toPkcs12("hanako", passphrase);

        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(bytes), passphrase);
        Key key = store.getKey("hanako", passphrase);
        assertInstanceOf(PrivateKey.class, key);
        assertArrayEquals(issued.privateKey().getEncoded(), key.getEncoded());
        Certificate[] chain = store.getCertificateChain("hanako");
        assertEquals(3, chain.length, "leaf, client CA, root");
        assertEquals(issued.certificate(), chain[0]);
        assertEquals(ca.caCertificate(), chain[1]);
        assertEquals(root.caCertificate(), chain[2]);

        KeyStore wrong = KeyStore.getInstance("PKCS12");
        assertThrows(IOException.class, () -> wrong.load(new ByteArrayInputStream(bytes), "nope".toCharArray()));
    }

    @Test
    void serverCertificateSubjectAlternativeNames() throws Exception {
        IssuedCertificate issued = serverCa.issueServerCertificate(List.of("localhost", "kojo.example.jp"),
                List.of("127.0.0.1", "::1"), Duration.ofDays(825));
        X509Certificate cert = issued.certificate();
        cert.verify(serverCa.caCertificate().getPublicKey());
        validatePath(List.of(cert, serverCa.caCertificate()), root.caCertificate());
        assertEquals("CN=localhost,O=Kojo,C=JP", cert.getSubjectX500Principal().getName());
        assertEquals(List.of(SERVER_AUTH), cert.getExtendedKeyUsage());
        assertEquals(-1, cert.getBasicConstraints());
        assertEquals(Date.from(NOW.plus(Duration.ofDays(825))), cert.getNotAfter());

        Set<List<Object>> sans = new HashSet<>();
        for (List<?> entry : cert.getSubjectAlternativeNames()) {
            sans.add(new ArrayList<>(entry));
        }
        assertEquals(Set.of(List.of(2, "localhost"), List.of(2, "kojo.example.jp"), List.of(7, "127.0.0.1"),
                List.of(7, "0:0:0:0:0:0:0:1")), sans);

        assertThrows(IllegalArgumentException.class,
                () -> serverCa.issueServerCertificate(List.of(), List.of("127.0.0.1"), Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class,
                () -> serverCa.issueServerCertificate(List.of("localhost"), List.of("not-an-ip"), Duration.ofDays(1)));
    }

    @Test
    void serialsAreUniqueUnderConcurrentIssuing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<IssuedCertificate>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String login = "user" + i;
                futures.add(pool.submit(() -> ca.issueClientCertificate(login, null, Duration.ofDays(1))));
            }
            Set<String> serials = new HashSet<>();
            for (Future<IssuedCertificate> future : futures) {
                IssuedCertificate issued = future.get();
                issued.certificate().verify(ca.caCertificate().getPublicKey());
                serials.add(issued.serialHex());
            }
            assertEquals(8, serials.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Full PKIX validation at the fixed time, as a TLS stack would do it. */
    private static void validatePath(List<X509Certificate> path, X509Certificate anchor) throws Exception {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
        parameters.setRevocationEnabled(false);
        parameters.setDate(Date.from(NOW));
        CertPathValidator.getInstance("PKIX").validate(factory.generateCertPath(path), parameters);
    }
}
