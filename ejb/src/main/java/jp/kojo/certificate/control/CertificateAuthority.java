package jp.kojo.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * Kojo's own small certificate authority: a self-signed RSA CA kept in a PKCS#12 file, issuing client
 * certificates for users and the server's TLS certificate.
 *
 * <p>Only JDK providers are used (signing, key generation, PKCS#12), so nothing has to be registered inside the
 * application server; BouncyCastle is used just to assemble the certificate structures.
 *
 * <p>Instances are immutable apart from the thread-safe {@link SecureRandom}, so one instance may issue
 * certificates from many threads at once.
 */
public final class CertificateAuthority {

    public static final String CA_ALIAS = "kojo-ca";
    public static final String CA_SUBJECT = "CN=Kojo Demo CA,O=Kojo,C=JP";
    public static final Duration CLIENT_CERTIFICATE_VALIDITY = Duration.ofDays(366);

    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final int CA_KEY_BITS = 3072;
    private static final int LEAF_KEY_BITS = 2048;
    private static final long CA_VALIDITY_YEARS = 10;
    /** Backdating notBefore tolerates clients whose clocks run a little behind the server's. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** RFC 5280 upper bound for a common name. */
    private static final int MAX_CN_LENGTH = 64;

    /** For files holding a private key or passwords. */
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** For public material (trust store, CA certificate). */
    static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private final X509Certificate caCertificate;
    private final PrivateKey caKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    private CertificateAuthority(X509Certificate caCertificate, PrivateKey caKey, Clock clock) {
        this.caCertificate = caCertificate;
        this.caKey = caKey;
        this.clock = clock;
    }

    /**
     * Loads the CA from {@code caKeystore} (alias {@value #CA_ALIAS}) or, if the file does not exist, creates a
     * new self-signed CA and writes it there atomically.
     *
     * @throws UncheckedIOException  if the file cannot be read or written, or the password is wrong
     * @throws IllegalStateException if the keystore holds no CA key entry or the JDK lacks RSA/PKCS#12
     */
    public static synchronized CertificateAuthority loadOrCreate(Path caKeystore, char[] password, Clock clock) {
        Objects.requireNonNull(caKeystore, "caKeystore");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clock, "clock");
        if (Files.exists(caKeystore)) {
            return load(caKeystore, password, clock);
        }
        try {
            CertificateAuthority ca = create(clock);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(CA_ALIAS, ca.caKey, password, new Certificate[] {ca.caCertificate});
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            writeAtomically(caKeystore, out.toByteArray(), OWNER_ONLY);
            return ca;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write CA keystore " + caKeystore, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create CA keystore " + caKeystore, e);
        }
    }

    /**
     * Loads an existing CA keystore; fails if it is missing rather than silently creating a new CA.
     *
     * @throws UncheckedIOException  wrapping {@link NoSuchFileException} if the file is missing; also if it cannot
     *                               be read or the password is wrong
     * @throws IllegalStateException if the keystore holds no CA key entry
     */
    public static CertificateAuthority load(Path caKeystore, char[] password) {
        return load(caKeystore, password, Clock.systemUTC());
    }

    /** As {@link #load(Path, char[])}, with the clock used for the validity of issued certificates. */
    public static CertificateAuthority load(Path caKeystore, char[] password, Clock clock) {
        Objects.requireNonNull(caKeystore, "caKeystore");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(clock, "clock");
        if (!Files.isRegularFile(caKeystore)) {
            NoSuchFileException missing = new NoSuchFileException(caKeystore.toString(), null,
                    "CA keystore not found; run jp.kojo.certificate.control.KeyMaterialSetup first");
            throw new UncheckedIOException(missing.getMessage(), missing);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(caKeystore)) {
                store.load(in, password);
            } catch (IOException e) {
                // The JDK reports a wrong password as an IOException with an unhelpful message.
                throw new UncheckedIOException(
                        "Cannot open CA keystore " + caKeystore + " (wrong password?): " + e, e);
            }
            Key key = store.getKey(CA_ALIAS, password);
            Certificate cert = store.getCertificate(CA_ALIAS);
            if (!(key instanceof PrivateKey) || !(cert instanceof X509Certificate)) {
                throw new IllegalStateException(
                        "CA keystore " + caKeystore + " has no private key entry '" + CA_ALIAS + "'");
            }
            return new CertificateAuthority((X509Certificate) cert, (PrivateKey) key, clock);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read CA keystore " + caKeystore, e);
        }
    }

    private static CertificateAuthority create(Clock clock) throws GeneralSecurityException {
        SecureRandom random = new SecureRandom();
        KeyPair keyPair = generateKeyPair(CA_KEY_BITS, random);
        Instant now = now(clock);
        Instant notAfter = now.atOffset(ZoneOffset.UTC).plusYears(CA_VALIDITY_YEARS).toInstant();
        X500Name subject = dn("Kojo Demo CA", "Kojo");
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, randomSerial(random),
                    Date.from(now.minus(CLOCK_SKEW)), Date.from(notAfter), subject, keyPair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            X509Certificate certificate = sign(builder, keyPair.getPrivate());
            return new CertificateAuthority(certificate, keyPair.getPrivate(), clock);
        } catch (CertIOException e) {
            throw new GeneralSecurityException("Cannot build CA certificate", e);
        }
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    /**
     * The CA's certificate revocation list (X.509 v2) over these revoked certificates, signed by the CA.
     *
     * @param revoked    serial, revocation time and RFC 5280 reason code of each revoked certificate
     * @param crlNumber  increases with every CRL the CA publishes
     */
    public java.security.cert.X509CRL revocationList(List<RevokedCertificate> revoked, Instant thisUpdate,
                                                     Instant nextUpdate, BigInteger crlNumber) {
        return RevocationListSigner.sign(caCertificate, caKey, revoked, thisUpdate, nextUpdate, crlNumber);
    }

    /** A revoked certificate as {@link #revocationList} lists it. */
    public record RevokedCertificate(BigInteger serial, Instant revokedAt, int reasonCode) {
    }

    /**
     * Issues a client (TLS clientAuth) certificate for a user: subject {@code CN=<loginId>,O=Kojo users,C=JP}.
     *
     * @param loginId     printable ASCII, at most 64 characters; it becomes the CN that login maps to an account
     * @param displayName not put into the certificate, to keep the DN ASCII-only; may be null
     * @param validity    lifetime from now ({@link #CLIENT_CERTIFICATE_VALIDITY} in the product)
     */
    public IssuedCertificate issueClientCertificate(String loginId, String displayName, Duration validity) {
        requireAsciiCn(loginId);
        requirePositive(validity);
        KeyPair keyPair = generateKeyPair(LEAF_KEY_BITS, random);
        try {
            X509v3CertificateBuilder builder = clientBuilder(loginId, keyPair.getPublic(), validity);
            return new IssuedCertificate(sign(builder, caKey), keyPair.getPrivate(), caCertificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot issue client certificate for " + loginId, e);
        }
    }

    /**
     * Signs a client certificate for a key the user made itself (from a certificate signing request): the
     * subject is Kojo's {@code CN=<loginId>,O=Kojo users,C=JP} whatever the request asked for.
     */
    public X509Certificate signClientCertificate(String loginId, PublicKey publicKey, Duration validity) {
        requireAsciiCn(loginId);
        requirePositive(validity);
        Objects.requireNonNull(publicKey, "publicKey");
        try {
            return sign(clientBuilder(loginId, publicKey, validity), caKey);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign client certificate for " + loginId, e);
        }
    }

    private X509v3CertificateBuilder clientBuilder(String loginId, PublicKey publicKey, Duration validity)
            throws IOException, GeneralSecurityException {
        return leafBuilder(dn(loginId, "Kojo users"), publicKey, validity)
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
    }

    /**
     * Issues a TLS server certificate: CN is the first DNS name, all names and addresses go into the
     * SubjectAlternativeName (which is what clients actually check).
     */
    public IssuedCertificate issueServerCertificate(List<String> dnsNames, List<String> ipAddresses, Duration validity) {
        Objects.requireNonNull(dnsNames, "dnsNames");
        List<String> ips = ipAddresses == null ? List.of() : ipAddresses;
        if (dnsNames.isEmpty()) {
            throw new IllegalArgumentException("at least one DNS name is needed for the server certificate CN");
        }
        dnsNames.forEach(CertificateAuthority::requireAsciiCn);
        requirePositive(validity);
        List<GeneralName> names = new ArrayList<>();
        for (String dns : dnsNames) {
            names.add(new GeneralName(GeneralName.dNSName, dns));
        }
        for (String ip : ips) {
            if (ip == null || !IPAddress.isValid(ip)) {
                throw new IllegalArgumentException("not an IP address: " + ip);
            }
            names.add(new GeneralName(GeneralName.iPAddress, ip));
        }
        KeyPair keyPair = generateKeyPair(LEAF_KEY_BITS, random);
        try {
            X509v3CertificateBuilder builder = leafBuilder(dn(dnsNames.get(0), "Kojo"), keyPair.getPublic(), validity)
                    .addExtension(Extension.keyUsage, true,
                            new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false,
                            new GeneralNames(names.toArray(new GeneralName[0])));
            return new IssuedCertificate(sign(builder, caKey), keyPair.getPrivate(), caCertificate);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot issue server certificate for " + dnsNames, e);
        }
    }

    /** Common part of every end-entity certificate: serial, validity, CA=false, key identifiers. */
    private X509v3CertificateBuilder leafBuilder(X500Name subject, PublicKey publicKey, Duration validity)
            throws IOException, GeneralSecurityException {
        Instant now = now(clock);
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        return new JcaX509v3CertificateBuilder(caCertificate, randomSerial(random), Date.from(now.minus(CLOCK_SKEW)),
                Date.from(now.plus(validity)), subject, publicKey)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(extensions))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(publicKey));
    }

    /**
     * Key identifier only (no issuer name and serial, which would tie leaves to one CA certificate rather than
     * to its key), copied from the CA's SubjectKeyIdentifier so the two always match.
     */
    private AuthorityKeyIdentifier authorityKeyIdentifier(JcaX509ExtensionUtils extensions) throws IOException {
        byte[] ski = caCertificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (ski == null) {
            return extensions.createAuthorityKeyIdentifier(caCertificate.getPublicKey());
        }
        byte[] keyId = SubjectKeyIdentifier.getInstance(JcaX509ExtensionUtils.parseExtensionValue(ski)).getKeyIdentifier();
        return new AuthorityKeyIdentifier(keyId);
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer) throws GeneralSecurityException {
        try {
            // No setProvider: the JDK's own SHA256withRSA, so no BC provider registration is needed.
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(signer)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("Cannot create " + SIGNATURE_ALGORITHM + " signer", e);
        } catch (CertificateException e) {
            throw new GeneralSecurityException("Cannot decode freshly built certificate", e);
        }
    }

    private static KeyPair generateKeyPair(int bits, SecureRandom random) {
        try {
            // A new generator per call: KeyPairGenerator instances are not thread-safe.
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation unavailable", e);
        }
    }

    /** 128 random bits, strictly positive (RFC 5280 requires a positive serial). */
    private static BigInteger randomSerial(SecureRandom random) {
        BigInteger serial;
        do {
            serial = new BigInteger(128, random);
        } while (serial.signum() == 0);
        return serial;
    }

    /** Certificate times have whole-second precision; truncating keeps them equal to what was asked. */
    private static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Builds CN=..,O=..,C=JP with the RDNs encoded country first, so the JDK's RFC 2253 form reads exactly
     * "CN=..,O=..,C=JP". The builder also escapes any special characters in the CN.
     */
    private static X500Name dn(String commonName, String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "JP")
                .addRDN(BCStyle.O, organisation)
                .addRDN(BCStyle.CN, commonName)
                .build();
    }

    private static void requireAsciiCn(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("common name is blank");
        }
        if (value.length() > MAX_CN_LENGTH) {
            throw new IllegalArgumentException("common name longer than " + MAX_CN_LENGTH + " characters: " + value);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("common name must be printable ASCII: " + value);
            }
        }
    }

    private static void requirePositive(Duration validity) {
        if (validity == null || validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("validity must be positive: " + validity);
        }
    }

    /**
     * Writes {@code data} to a temp file beside {@code target} and moves it into place, so a crash never
     * leaves a half-written keystore. {@code permissions} are applied before any byte is written, where the
     * file system has POSIX permissions.
     */
    static void writeAtomically(Path target, byte[] data, Set<PosixFilePermission> permissions) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, permissions);
            }
            Files.write(temp, data);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
