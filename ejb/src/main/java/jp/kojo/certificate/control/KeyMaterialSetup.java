package jp.kojo.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import jp.kojo.platform.KojoCredentialStore;

/**
 * Creates the key material Kojo and WildFly need, before the server starts. Idempotent: whatever exists is
 * kept untouched, only missing files (and missing passwords) are created.
 *
 * <pre>java jp.kojo.certificate.control.KeyMaterialSetup &lt;kojoHome&gt;</pre>
 *
 * The paths and property names below are referred to by the WildFly configuration; do not rename them.
 */
public final class KeyMaterialSetup {

    public static final String PROPERTIES_FILE = "kojo.properties";
    /** The root's key: needed only to make an intermediate. */
    public static final String CA_ROOT_KEYSTORE = "ca/kojo-root.p12";
    /** The client CA, which the running server issues users' certificates with. */
    public static final String CA_KEYSTORE = "ca/kojo-ca.p12";
    /** The server CA, which issued the server's TLS certificate. */
    public static final String SERVER_CA_KEYSTORE = "ca/kojo-server-ca.p12";
    /** A data folder's single-tier CA from before the split, kept so its certificates stay trusted. */
    public static final String LEGACY_CA_KEYSTORE = "ca/legacy/kojo-ca.p12";
    public static final String SERVER_KEYSTORE = "tls/server.p12";
    public static final String TRUSTSTORE = "tls/truststore.p12";
    /** The root certificate: the one users trust (for the server's certificate). */
    public static final String CA_PEM = "tls/kojo-ca.crt";
    public static final String CLIENT_CA_PEM = "tls/kojo-client-ca.crt";

    public static final String CA_PASSWORD = "kojo.ca.password";
    public static final String KEYSTORE_PASSWORD = "kojo.tls.keystore.password";
    public static final String TRUSTSTORE_PASSWORD = "kojo.tls.truststore.password";

    public static final String SERVER_ALIAS = "server";
    public static final String TRUSTED_CA_ALIAS = "kojo-client-ca";
    public static final String LEGACY_CA_ALIAS = "kojo-legacy-ca";
    public static final List<String> SERVER_DNS_NAMES = List.of("localhost");
    public static final List<String> SERVER_IP_ADDRESSES = List.of("127.0.0.1", "::1");
    public static final Duration SERVER_CERTIFICATE_VALIDITY = Duration.ofDays(825);

    private static final List<String> PASSWORD_PROPERTIES = List.of(CA_PASSWORD, KEYSTORE_PASSWORD, TRUSTSTORE_PASSWORD);
    /** 18 random bytes are exactly 24 URL-safe Base64 characters, no padding. */
    private static final int PASSWORD_BYTES = 18;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyMaterialSetup() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || args[0].isBlank()) {
            System.err.println("Usage: java jp.kojo.certificate.control.KeyMaterialSetup <kojoHome>");
            System.exit(2);
        }
        try {
            ensure(Path.of(args[0]), Clock.systemUTC());
        } catch (RuntimeException e) {
            System.err.println("KeyMaterialSetup failed: " + e.getMessage());
            System.exit(1);
        }
    }

    /** Ensures all key material under {@code home}, printing one line per file created to standard output. */
    public static void ensure(Path home, Clock clock) {
        ensure(home, clock, System.out);
    }

    /**
     * As {@link #ensure(Path, Clock)}, printing to {@code out}.
     *
     * @return the files created or changed by this run (empty when everything already existed)
     * @throws UncheckedIOException  if a file cannot be read or written, or a password does not open the CA
     * @throws IllegalStateException if the JDK cannot do RSA or PKCS#12
     */
    public static List<Path> ensure(Path home, Clock clock, PrintStream out) {
        try {
            return ensureFiles(home, clock, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot set up key material in " + home + ": " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot set up key material in " + home, e);
        }
    }

    private static List<Path> ensureFiles(Path home, Clock clock, PrintStream out)
            throws IOException, GeneralSecurityException {
        List<Path> written = new ArrayList<>();
        Files.createDirectories(home);

        Properties passwords = ensurePasswords(home, out, written);
        char[] caPassword = passwords.getProperty(CA_PASSWORD).toCharArray();
        char[] keystorePassword = passwords.getProperty(KEYSTORE_PASSWORD).toCharArray();
        char[] truststorePassword = passwords.getProperty(TRUSTSTORE_PASSWORD).toCharArray();

        moveSingleTierCaAside(home, caPassword, clock, out);
        CertificateAuthority clientCa = ensureIntermediate(home, CA_KEYSTORE, true, caPassword, clock, out, written);
        CertificateAuthority serverCa = ensureIntermediate(home, SERVER_CA_KEYSTORE, false, caPassword, clock, out,
                written);
        X509Certificate root = clientCa.chain().get(clientCa.chain().size() - 1);

        Path serverPath = home.resolve(SERVER_KEYSTORE);
        if (Files.exists(serverPath)) {
            checkServerKeystore(serverPath, keystorePassword, serverCa);
        } else {
            IssuedCertificate server = serverCa.issueServerCertificate(SERVER_DNS_NAMES, SERVER_IP_ADDRESSES,
                    SERVER_CERTIFICATE_VALIDITY);
            CaKeystore.writeAtomically(serverPath, server.toPkcs12(SERVER_ALIAS, keystorePassword), CaKeystore.OWNER_ONLY);
            created(serverPath, "TLS server key and certificate for " + SERVER_DNS_NAMES + " " + SERVER_IP_ADDRESSES,
                    out, written);
        }

        Path trustPath = home.resolve(TRUSTSTORE);
        Path legacy = home.resolve(LEGACY_CA_KEYSTORE);
        if (Files.exists(trustPath)) {
            checkTruststore(trustPath, truststorePassword, clientCa);
        } else {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            // Client authentication trusts the client CA only: not the root, so nothing the server CA signs
            // (nor a future intermediate of the root) could log in.
            trust.setCertificateEntry(TRUSTED_CA_ALIAS, clientCa.caCertificate());
            if (Files.exists(legacy)) {
                // Users' certificates from before the split keep working until they expire or are renewed.
                trust.setCertificateEntry(LEGACY_CA_ALIAS, CaKeystore.load(legacy, caPassword, clock).caCertificate());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            trust.store(bytes, truststorePassword);
            CaKeystore.writeAtomically(trustPath, bytes.toByteArray(), CaKeystore.WORLD_READABLE);
            created(trustPath, "TLS trust store for client certificates (Kojo Client CA"
                    + (Files.exists(legacy) ? " and the single-tier CA before it" : "") + " only)", out, written);
        }

        ensurePem(home.resolve(CA_PEM), root, "root CA certificate (PEM): what users trust for the server", out, written);
        ensurePem(home.resolve(CLIENT_CA_PEM), clientCa.caCertificate(), "client CA certificate (PEM)", out, written);
        return written;
    }

    /**
     * An intermediate from its keystore, or a new one signed by the root (made, or loaded from its keystore, only
     * then: once both intermediates exist the root's key may be kept offline).
     */
    private static CertificateAuthority ensureIntermediate(Path home, String keystore, boolean client, char[] password,
                                                           Clock clock, PrintStream out, List<Path> written) {
        Path path = home.resolve(keystore);
        if (Files.exists(path)) {
            return CaKeystore.load(path, password, clock);
        }
        Path rootPath = home.resolve(CA_ROOT_KEYSTORE);
        CertificateAuthority root;
        if (Files.exists(rootPath)) {
            root = CaKeystore.load(rootPath, password, clock);
        } else {
            root = CertificateAuthority.newRoot(clock);
            CaKeystore.save(rootPath, password, root);
            created(rootPath, "root CA " + root.caCertificate().getSubjectX500Principal().getName()
                    + "; it signs only the two intermediates and may be kept offline once they exist", out, written);
        }
        CertificateAuthority intermediate = client ? root.newClientCa() : root.newServerCa();
        CaKeystore.save(path, password, intermediate);
        created(path, (client ? "client" : "server") + " CA "
                + intermediate.caCertificate().getSubjectX500Principal().getName(), out, written);
        return intermediate;
    }

    /**
     * A data folder from before the three-tier CA has one self-signed CA in {@link #CA_KEYSTORE} and files made
     * from it. They are moved into {@code ca/legacy/}: the new hierarchy is made beside it, and the trust store
     * keeps trusting the old CA so certificates users already have keep working until renewed.
     */
    private static void moveSingleTierCaAside(Path home, char[] password, Clock clock, PrintStream out)
            throws IOException {
        Path current = home.resolve(CA_KEYSTORE);
        if (!Files.exists(current) || Files.exists(home.resolve(CA_ROOT_KEYSTORE))) {
            return;
        }
        CertificateAuthority existing = CaKeystore.load(current, password, clock);
        X509Certificate certificate = existing.caCertificate();
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return;
        }
        Path legacyDir = home.resolve(LEGACY_CA_KEYSTORE).getParent();
        Files.createDirectories(legacyDir);
        Files.move(current, home.resolve(LEGACY_CA_KEYSTORE));
        for (String made : List.of(SERVER_KEYSTORE, TRUSTSTORE, CA_PEM)) {
            Path file = home.resolve(made);
            if (Files.exists(file)) {
                Files.move(file, legacyDir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        out.println("Moved the single-tier CA and the files made from it to " + legacyDir
                + "; its certificates stay trusted until renewed");
    }

    private static void ensurePem(Path path, X509Certificate certificate, String what, PrintStream out,
                                  List<Path> written) throws IOException, GeneralSecurityException {
        if (!Files.exists(path)) {
            CaKeystore.writeAtomically(path, pem(certificate).getBytes(StandardCharsets.US_ASCII),
                    CaKeystore.WORLD_READABLE);
            created(path, what, out, written);
        }
    }

    /**
     * The key passwords, from Kojo's credential store. {@code kojo.properties} keeps only the store's own password
     * (generated when missing, appended leaving the rest of the file as it was); a key password found there (a
     * data folder from before the store) is moved into the store and taken out of the file.
     */
    private static Properties ensurePasswords(Path home, PrintStream out, List<Path> written) throws IOException {
        Path file = home.resolve(PROPERTIES_FILE);
        boolean existed = Files.exists(file);
        String original = existed ? Files.readString(file, StandardCharsets.ISO_8859_1) : "";
        Properties properties = new Properties();
        // Properties files are ISO-8859-1 by definition; the same decoding is used when rewriting below.
        properties.load(new StringReader(original));
        String content = original;
        List<String> changes = new ArrayList<>();
        String storePassword = properties.getProperty(KojoCredentialStore.PASSWORD_PROPERTY);
        if (storePassword == null || storePassword.isBlank()) {
            storePassword = newPassword();
            if (content.isEmpty()) {
                content = "# Kojo's credential store password, generated by KeyMaterialSetup. Keep this file private.\n";
            } else if (!content.endsWith("\n")) {
                content += "\n";
            }
            // URL-safe Base64 needs no escaping in a properties file.
            content += KojoCredentialStore.PASSWORD_PROPERTY + "=" + storePassword + "\n";
            changes.add("added " + KojoCredentialStore.PASSWORD_PROPERTY);
        }

        Path storeFile = home.resolve(KojoCredentialStore.FILE);
        boolean storeExisted = Files.exists(storeFile);
        Files.createDirectories(storeFile.getParent());
        KojoCredentialStore store = KojoCredentialStore.open(storeFile, storePassword.toCharArray(), true);
        Properties passwords = new Properties();
        passwords.setProperty(KojoCredentialStore.PASSWORD_PROPERTY, storePassword);
        List<String> moved = new ArrayList<>();
        boolean storeChanged = false;
        for (String name : PASSWORD_PROPERTIES) {
            String value = store.secret(name).orElse(null);
            if (value == null) {
                String legacy = properties.getProperty(name);
                value = legacy == null || legacy.isBlank() ? newPassword() : legacy;
                store.put(name, value);
                storeChanged = true;
                if (legacy != null) {
                    moved.add(name);
                }
            }
            passwords.setProperty(name, value);
        }
        if (!moved.isEmpty()) {
            content = withoutProperties(content, moved);
            changes.add("moved " + String.join(", ", moved) + " into " + storeFile);
        }
        if (!changes.isEmpty()) {
            Set<PosixFilePermission> permissions = existed && supportsPosix(file)
                    ? Files.getPosixFilePermissions(file)
                    : CaKeystore.OWNER_ONLY;
            CaKeystore.writeAtomically(file, content.getBytes(StandardCharsets.ISO_8859_1), permissions);
            if (existed) {
                out.println("Updated " + file + ": " + String.join("; ", changes));
                written.add(file);
            } else {
                created(file, "the credential store's password", out, written);
            }
        }
        if (supportsPosix(storeFile)) {
            Files.setPosixFilePermissions(storeFile, CaKeystore.OWNER_ONLY);
        }
        if (!storeExisted) {
            created(storeFile, "Elytron credential store with the CA and TLS keystore passwords", out, written);
        } else if (storeChanged) {
            out.println("Updated " + storeFile + ": added the missing key passwords");
            written.add(storeFile);
        }
        return passwords;
    }

    /** The file's text without the lines setting these properties (simple {@code name=value} lines). */
    private static String withoutProperties(String content, List<String> names) {
        StringBuilder kept = new StringBuilder();
        for (String line : content.split("\n", -1)) {
            String key = line.strip().split("[=:\\s]", 2)[0];
            if (!names.contains(key)) {
                kept.append(line).append('\n');
            }
        }
        // split(-1) gave a last empty piece after the final newline: drop the newline added for it.
        return kept.substring(0, kept.length() - 1);
    }

    /** An existing server keystore is kept, but one that no longer fits the CA or the password is reported. */
    private static void checkServerKeystore(Path path, char[] password, CertificateAuthority serverCa) {
        try {
            KeyStore store = load(path, password);
            Certificate certificate = store.getCertificate(SERVER_ALIAS);
            if (!store.isKeyEntry(SERVER_ALIAS) || certificate == null) {
                warn(path + " has no key entry '" + SERVER_ALIAS + "'");
                return;
            }
            certificate.verify(serverCa.caCertificate().getPublicKey());
        } catch (IOException | GeneralSecurityException e) {
            warn(path + " does not open with " + KEYSTORE_PASSWORD + " or is not issued by the Kojo Server CA: "
                    + e.getMessage());
        }
    }

    private static void checkTruststore(Path path, char[] password, CertificateAuthority clientCa) {
        try {
            KeyStore store = load(path, password);
            if (store.getCertificateAlias(clientCa.caCertificate()) == null) {
                warn(path + " does not contain the current Kojo Client CA certificate");
            }
        } catch (IOException | GeneralSecurityException e) {
            warn(path + " does not open with " + TRUSTSTORE_PASSWORD + ": " + e.getMessage());
        }
    }

    private static KeyStore load(Path path, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        }
        return store;
    }

    static String pem(X509Certificate certificate) throws GeneralSecurityException {
        Base64.Encoder encoder = Base64.getMimeEncoder(64, new byte[] {'\n'});
        return "-----BEGIN CERTIFICATE-----\n" + encoder.encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    private static String newPassword() {
        byte[] bytes = new byte[PASSWORD_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean supportsPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static void created(Path file, String what, PrintStream out, List<Path> written) {
        out.println("Created " + file + " (" + what + ")");
        written.add(file);
    }

    private static void warn(String message) {
        System.err.println("WARNING: " + message);
    }
}
