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
    public static final String CA_KEYSTORE = "ca/kojo-ca.p12";
    public static final String SERVER_KEYSTORE = "tls/server.p12";
    public static final String TRUSTSTORE = "tls/truststore.p12";
    public static final String CA_PEM = "tls/kojo-ca.crt";

    public static final String CA_PASSWORD = "kojo.ca.password";
    public static final String KEYSTORE_PASSWORD = "kojo.tls.keystore.password";
    public static final String TRUSTSTORE_PASSWORD = "kojo.tls.truststore.password";

    public static final String SERVER_ALIAS = "server";
    public static final String TRUSTED_CA_ALIAS = CertificateAuthority.CA_ALIAS;
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

        Properties passwords = ensurePasswords(home.resolve(PROPERTIES_FILE), out, written);
        char[] caPassword = passwords.getProperty(CA_PASSWORD).toCharArray();
        char[] keystorePassword = passwords.getProperty(KEYSTORE_PASSWORD).toCharArray();
        char[] truststorePassword = passwords.getProperty(TRUSTSTORE_PASSWORD).toCharArray();

        Path caPath = home.resolve(CA_KEYSTORE);
        boolean caExisted = Files.exists(caPath);
        CertificateAuthority ca = CertificateAuthority.loadOrCreate(caPath, caPassword, clock);
        if (!caExisted) {
            created(caPath, "certificate authority " + ca.caCertificate().getSubjectX500Principal().getName(), out, written);
        }

        Path serverPath = home.resolve(SERVER_KEYSTORE);
        if (Files.exists(serverPath)) {
            checkServerKeystore(serverPath, keystorePassword, ca);
        } else {
            IssuedCertificate server = ca.issueServerCertificate(SERVER_DNS_NAMES, SERVER_IP_ADDRESSES,
                    SERVER_CERTIFICATE_VALIDITY);
            CertificateAuthority.writeAtomically(serverPath, server.toPkcs12(SERVER_ALIAS, keystorePassword),
                    CertificateAuthority.OWNER_ONLY);
            created(serverPath, "TLS server key and certificate for " + SERVER_DNS_NAMES + " " + SERVER_IP_ADDRESSES,
                    out, written);
        }

        Path trustPath = home.resolve(TRUSTSTORE);
        if (Files.exists(trustPath)) {
            checkTruststore(trustPath, truststorePassword, ca);
        } else {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry(TRUSTED_CA_ALIAS, ca.caCertificate());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            trust.store(bytes, truststorePassword);
            CertificateAuthority.writeAtomically(trustPath, bytes.toByteArray(), CertificateAuthority.WORLD_READABLE);
            created(trustPath, "TLS trust store (Kojo CA only)", out, written);
        }

        Path pemPath = home.resolve(CA_PEM);
        if (!Files.exists(pemPath)) {
            CertificateAuthority.writeAtomically(pemPath, pem(ca.caCertificate()).getBytes(StandardCharsets.US_ASCII),
                    CertificateAuthority.WORLD_READABLE);
            created(pemPath, "CA certificate (PEM) for users to import", out, written);
        }
        return written;
    }

    /**
     * Loads the passwords file, or creates it; a missing password is generated and appended, leaving the rest
     * of the file (comments, other properties) exactly as it was.
     */
    private static Properties ensurePasswords(Path file, PrintStream out, List<Path> written) throws IOException {
        boolean existed = Files.exists(file);
        byte[] original = existed ? Files.readAllBytes(file) : new byte[0];
        Properties properties = new Properties();
        // Properties files are ISO-8859-1 by definition; the same decoding is used when appending below.
        properties.load(new StringReader(new String(original, StandardCharsets.ISO_8859_1)));
        StringBuilder additions = new StringBuilder();
        List<String> added = new ArrayList<>();
        for (String name : PASSWORD_PROPERTIES) {
            String value = properties.getProperty(name);
            if (value == null || value.isBlank()) {
                value = newPassword();
                properties.setProperty(name, value);
                // URL-safe Base64 needs no escaping in a properties file.
                additions.append(name).append('=').append(value).append('\n');
                added.add(name);
            }
        }
        if (added.isEmpty()) {
            return properties;
        }
        StringBuilder content = new StringBuilder(new String(original, StandardCharsets.ISO_8859_1));
        if (!existed) {
            content.append("# Kojo key material passwords, generated by KeyMaterialSetup. Keep this file private.\n");
        } else if (content.length() > 0 && content.charAt(content.length() - 1) != '\n') {
            content.append('\n');
        }
        content.append(additions);
        Set<PosixFilePermission> permissions = existed && supportsPosix(file)
                ? Files.getPosixFilePermissions(file)
                : CertificateAuthority.OWNER_ONLY;
        CertificateAuthority.writeAtomically(file, content.toString().getBytes(StandardCharsets.ISO_8859_1), permissions);
        if (existed) {
            out.println("Updated " + file + ": added " + String.join(", ", added));
            written.add(file);
        } else {
            created(file, "passwords", out, written);
        }
        return properties;
    }

    /** An existing server keystore is kept, but one that no longer fits the CA or the password is reported. */
    private static void checkServerKeystore(Path path, char[] password, CertificateAuthority ca) {
        try {
            KeyStore store = load(path, password);
            Certificate certificate = store.getCertificate(SERVER_ALIAS);
            if (!store.isKeyEntry(SERVER_ALIAS) || certificate == null) {
                warn(path + " has no key entry '" + SERVER_ALIAS + "'");
                return;
            }
            certificate.verify(ca.caCertificate().getPublicKey());
        } catch (IOException | GeneralSecurityException e) {
            warn(path + " does not open with " + KEYSTORE_PASSWORD + " or is not issued by the Kojo CA: " + e.getMessage());
        }
    }

    private static void checkTruststore(Path path, char[] password, CertificateAuthority ca) {
        try {
            KeyStore store = load(path, password);
            if (store.getCertificateAlias(ca.caCertificate()) == null) {
                warn(path + " does not contain the current Kojo CA certificate");
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
