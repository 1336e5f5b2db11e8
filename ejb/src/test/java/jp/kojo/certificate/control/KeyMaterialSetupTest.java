package jp.kojo.certificate.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jp.kojo.platform.KojoCredentialStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyMaterialSetupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-04-01T00:00:00Z"), ZoneOffset.UTC);
    private static final List<String> FILES = List.of("kojo.properties", "ca/kojo-credentials.cs", "ca/kojo-root.p12", "ca/kojo-ca.p12",
            "ca/kojo-server-ca.p12", "tls/server.p12", "tls/truststore.p12", "tls/kojo-ca.crt", "tls/kojo-client-ca.crt");

    @TempDir
    Path home;

    @Test
    void secondRunKeepsEverythingByteIdentical() throws Exception {
        ByteArrayOutputStream firstOut = new ByteArrayOutputStream();
        List<Path> created = KeyMaterialSetup.ensure(home, CLOCK, new PrintStream(firstOut, true, StandardCharsets.UTF_8));
        assertEquals(FILES.stream().map(home::resolve).toList(), created);
        assertEquals(FILES.size(), firstOut.toString(StandardCharsets.UTF_8).lines().count(), "one line per created file");
        Map<String, byte[]> first = snapshot();
        Properties passwords = properties();

        ByteArrayOutputStream secondOut = new ByteArrayOutputStream();
        List<Path> again = KeyMaterialSetup.ensure(home, CLOCK, new PrintStream(secondOut, true, StandardCharsets.UTF_8));
        assertEquals(List.of(), again);
        assertEquals("", secondOut.toString(StandardCharsets.UTF_8));
        Map<String, byte[]> second = snapshot();
        for (String file : FILES) {
            assertArrayEquals(first.get(file), second.get(file), file);
        }
        assertEquals(passwords, properties());
    }

    @Test
    void keyPasswordsAreRandomAndLiveInTheCredentialStoreNotInTheProperties() throws Exception {
        KeyMaterialSetup.ensure(home, CLOCK, quiet());
        Properties properties = properties();
        assertEquals(Set.of("kojo.credential.store.password"), properties.stringPropertyNames(),
                "kojo.properties keeps only the store's own password");
        List<String> values = new ArrayList<>(List.of(properties.getProperty("kojo.credential.store.password")));
        for (String name : List.of("kojo.ca.password", "kojo.tls.keystore.password", "kojo.tls.truststore.password")) {
            values.add(secret(name));
        }
        for (String value : values) {
            assertTrue(value.matches("[A-Za-z0-9_-]{24}"), value);
        }
        assertEquals(4, values.stream().distinct().count());
        Path file = home.resolve("kojo.properties");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            for (String privateFile : List.of("kojo.properties", "ca/kojo-credentials.cs", "tls/server.p12")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve(privateFile))),
                        privateFile);
            }
        }
        assertThrows(IllegalStateException.class, () -> KojoCredentialStore.open(home.resolve("ca/kojo-credentials.cs"),
                "not-the-password".toCharArray(), false), "the store opens with its own password only");
    }

    @Test
    void keyPasswordsFromBeforeTheStoreMoveIntoItAndOutOfTheProperties() throws Exception {
        String original = "# set by the operator\nkojo.ca.password=operator-chosen-ca-pw\nother.setting=kept\n";
        Files.writeString(home.resolve("kojo.properties"), original, StandardCharsets.ISO_8859_1);
        List<Path> written = KeyMaterialSetup.ensure(home, CLOCK, quiet());
        assertTrue(written.contains(home.resolve("kojo.properties")));

        String updated = Files.readString(home.resolve("kojo.properties"), StandardCharsets.ISO_8859_1);
        assertTrue(updated.startsWith("# set by the operator\nother.setting=kept\nkojo.credential.store.password="), updated);
        assertFalse(updated.contains("operator-chosen-ca-pw"), "no key password left in clear text");
        assertEquals("operator-chosen-ca-pw", secret("kojo.ca.password"));
        assertEquals(24, secret("kojo.tls.keystore.password").length());
        // The CA really is protected by the operator's password.
        CaKeystore.load(home.resolve("ca/kojo-ca.p12"), "operator-chosen-ca-pw".toCharArray(), CLOCK);
        CaKeystore.load(home.resolve("ca/kojo-root.p12"), "operator-chosen-ca-pw".toCharArray(), CLOCK);
    }

    @Test
    void onlyMissingFilesAreRecreated() throws Exception {
        KeyMaterialSetup.ensure(home, CLOCK, quiet());
        Map<String, byte[]> first = snapshot();
        Files.delete(home.resolve("tls/server.p12"));
        Files.delete(home.resolve("tls/kojo-ca.crt"));

        List<Path> written = KeyMaterialSetup.ensure(home, CLOCK, quiet());
        assertEquals(List.of(home.resolve("tls/server.p12"), home.resolve("tls/kojo-ca.crt")), written);
        Map<String, byte[]> second = snapshot();
        for (String kept : List.of("kojo.properties", "ca/kojo-credentials.cs", "ca/kojo-root.p12", "ca/kojo-ca.p12", "ca/kojo-server-ca.p12",
                "tls/truststore.p12", "tls/kojo-ca.crt")) {
            assertArrayEquals(first.get(kept), second.get(kept), kept);
        }
        // A new key pair, issued by the same server CA.
        assertNotEquals(new String(first.get("tls/server.p12"), StandardCharsets.ISO_8859_1),
                new String(second.get("tls/server.p12"), StandardCharsets.ISO_8859_1));
    }

    @Test
    void keystoresHaveTheExpectedContent() throws Exception {
        KeyMaterialSetup.ensure(home, CLOCK, quiet());
        Properties passwords = properties();
        char[] caPassword = secret("kojo.ca.password").toCharArray();
        X509Certificate root = CaKeystore.load(home.resolve("ca/kojo-root.p12"), caPassword, CLOCK).caCertificate();
        CertificateAuthority clientCa = CaKeystore.load(home.resolve("ca/kojo-ca.p12"), caPassword, CLOCK);
        CertificateAuthority serverCa = CaKeystore.load(home.resolve("ca/kojo-server-ca.p12"), caPassword, CLOCK);
        assertEquals(List.of(clientCa.caCertificate(), root), clientCa.chain());
        assertEquals(List.of(serverCa.caCertificate(), root), serverCa.chain());

        char[] keystorePassword = secret("kojo.tls.keystore.password").toCharArray();
        KeyStore server = load(home.resolve("tls/server.p12"), keystorePassword);
        assertEquals(List.of("server"), Collections.list(server.aliases()));
        assertInstanceOf(PrivateKey.class, server.getKey("server", keystorePassword));
        Certificate[] chain = server.getCertificateChain("server");
        assertEquals(3, chain.length, "server, server CA, root");
        assertEquals(serverCa.caCertificate(), chain[1]);
        X509Certificate serverCert = (X509Certificate) chain[0];
        serverCert.verify(serverCa.caCertificate().getPublicKey());
        assertEquals("CN=localhost,O=Kojo,C=JP", serverCert.getSubjectX500Principal().getName());
        assertEquals(CLOCK.instant().plus(KeyMaterialSetup.SERVER_CERTIFICATE_VALIDITY), serverCert.getNotAfter().toInstant());

        KeyStore trust = load(home.resolve("tls/truststore.p12"),
                secret("kojo.tls.truststore.password").toCharArray());
        assertEquals(List.of("kojo-client-ca"), Collections.list(trust.aliases()), "client authentication trusts the client CA only");
        assertEquals(clientCa.caCertificate(), trust.getCertificate("kojo-client-ca"));

        assertEquals(root, pem("tls/kojo-ca.crt"), "users trust the root");
        assertEquals(clientCa.caCertificate(), pem("tls/kojo-client-ca.crt"));
    }

    @Test
    void theRootKeyIsNotNeededOnceTheIntermediatesExist() throws Exception {
        KeyMaterialSetup.ensure(home, CLOCK, quiet());
        Files.move(home.resolve("ca/kojo-root.p12"), home.resolve("offline-root.p12"));
        Files.delete(home.resolve("tls/server.p12"));
        List<Path> written = KeyMaterialSetup.ensure(home, CLOCK, quiet());
        assertEquals(List.of(home.resolve("tls/server.p12")), written, "the server CA issues a new server certificate");
        assertFalse(Files.exists(home.resolve("ca/kojo-root.p12")), "and no new root was made");
    }

    @Test
    void aSingleTierCaFromBeforeTheSplitIsKeptAsideAndStaysTrusted() throws Exception {
        // A data folder as KeyMaterialSetup made it before the split: one self-signed CA issuing everything.
        KeyMaterialSetup.ensure(home, CLOCK, quiet());
        char[] caPassword = secret("kojo.ca.password").toCharArray();
        CertificateAuthority single = CertificateAuthority.newRoot(CLOCK);
        for (String file : List.of("ca/kojo-root.p12", "ca/kojo-ca.p12", "ca/kojo-server-ca.p12", "tls/server.p12",
                "tls/truststore.p12", "tls/kojo-ca.crt", "tls/kojo-client-ca.crt")) {
            Files.delete(home.resolve(file));
        }
        CaKeystore.save(home.resolve("ca/kojo-ca.p12"), caPassword, single);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        KeyMaterialSetup.ensure(home, CLOCK, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Moved the single-tier CA"), out.toString(StandardCharsets.UTF_8));
        assertEquals(single.caCertificate(),
                CaKeystore.load(home.resolve("ca/legacy/kojo-ca.p12"), caPassword, CLOCK).caCertificate());
        CertificateAuthority clientCa = CaKeystore.load(home.resolve("ca/kojo-ca.p12"), caPassword, CLOCK);
        assertEquals(CertificateAuthority.CLIENT_CA_SUBJECT, clientCa.caCertificate().getSubjectX500Principal().getName());
        KeyStore trust = load(home.resolve("tls/truststore.p12"),
                secret("kojo.tls.truststore.password").toCharArray());
        assertEquals(Set.of("kojo-client-ca", "kojo-legacy-ca"), Set.copyOf(Collections.list(trust.aliases())));
        assertEquals(single.caCertificate(), trust.getCertificate("kojo-legacy-ca"));
    }

    private X509Certificate pem(String file) throws Exception {
        String pem = Files.readString(home.resolve(file), StandardCharsets.US_ASCII);
        assertTrue(pem.startsWith("-----BEGIN CERTIFICATE-----\n"));
        assertTrue(pem.endsWith("-----END CERTIFICATE-----\n"));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
    }

    private String secret(String name) throws Exception {
        return KojoCredentialStore.open(home.resolve("ca/kojo-credentials.cs"),
                properties().getProperty("kojo.credential.store.password").toCharArray(), false).secret(name).orElseThrow();
    }

    private Map<String, byte[]> snapshot() throws Exception {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        for (String file : FILES) {
            contents.put(file, Files.readAllBytes(home.resolve(file)));
        }
        return contents;
    }

    private Properties properties() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("kojo.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static KeyStore load(Path path, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        }
        return store;
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
