package jp.kojo.certificate.control;

import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
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
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.GeneralSubtree;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.NameConstraints;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.IPAddress;

/**
 * One certificate authority of Kojo's three-tier trust: a self-signed root that signs only two intermediates, the
 * client CA (issues users' client certificates; name-constrained to {@code O=Kojo users,C=JP}, client
 * authentication only) and the server CA (issues the server's TLS certificate; server authentication only). The
 * server trusts only the client CA for client authentication; users trust the root, whose only other child can
 * sign nothing a browser would take for a web server.
 *
 * <p>Pure logic: keys and certificates in memory; {@link CaKeystore} reads and writes them. Only JDK providers
 * sign and generate keys (nothing to register in the application server); BouncyCastle assembles the structures.
 * Instances are immutable apart from the thread-safe {@link SecureRandom}, so one may issue from many threads.
 */
public final class CertificateAuthority {
    /** The alias of an authority's key entry in its own keystore. */
    public static final String CA_ALIAS = "kojo-ca";
    public static final String ROOT_SUBJECT = "CN=Kojo Root CA,O=Kojo,C=JP";
    public static final String CLIENT_CA_SUBJECT = "CN=Kojo Client CA,O=Kojo,C=JP";
    public static final String SERVER_CA_SUBJECT = "CN=Kojo Server CA,O=Kojo,C=JP";
    /** The subject space of users' certificates, and the client CA's permitted subtree. */
    public static final String USERS_ORGANISATION = "Kojo users";
    public static final Duration CLIENT_CERTIFICATE_VALIDITY = Duration.ofDays(366);

    private static final String SIGNATURE_ALGORITHM = "SHA256withRSA";
    private static final int CA_KEY_BITS = 3072;
    private static final int LEAF_KEY_BITS = 2048;
    private static final long ROOT_VALIDITY_YEARS = 20;
    private static final long INTERMEDIATE_VALIDITY_YEARS = 10;
    /** Backdating notBefore tolerates clients whose clocks run a little behind the server's. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** RFC 5280 upper bound for a common name. */
    private static final int MAX_CN_LENGTH = 64;

    private final List<X509Certificate> chain;
    private final PrivateKey key;
    private final Clock clock;
    private final String crlDistributionPoint;
    private final SecureRandom random = new SecureRandom();

    private CertificateAuthority(List<X509Certificate> chain, PrivateKey key, Clock clock, String crlDistributionPoint) {
        this.chain = List.copyOf(chain);
        this.key = key;
        this.clock = clock;
        this.crlDistributionPoint = crlDistributionPoint;
    }

    /**
     * An authority from its key and chain as stored: its own certificate first, then the ones above it up to
     * the root.
     */
    public static CertificateAuthority of(List<X509Certificate> chain, PrivateKey key, Clock clock) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(clock, "clock");
        if (chain == null || chain.isEmpty()) {
            throw new IllegalArgumentException("an authority needs its certificate");
        }
        if (chain.get(0).getBasicConstraints() < 0) {
            throw new IllegalArgumentException("not a CA certificate: " + chain.get(0).getSubjectX500Principal());
        }
        return new CertificateAuthority(chain, key, clock, null);
    }

    /**
     * The same authority putting a CRL distribution point (the URL where Kojo publishes its CRL) into the
     * certificates it issues, so a reverse proxy or another server can find the list itself.
     */
    public CertificateAuthority withCrlDistributionPoint(String url) {
        return new CertificateAuthority(chain, key, clock, url == null || url.isBlank() ? null : url.strip());
    }

    /** A new self-signed root (path length 1: intermediates below it, nothing below those). */
    public static CertificateAuthority newRoot(Clock clock) {
        SecureRandom random = new SecureRandom();
        KeyPair keyPair = generateKeyPair(CA_KEY_BITS, random);
        Instant now = now(clock);
        X500Name subject = dn("Kojo Root CA", "Kojo");
        try {
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, randomSerial(random),
                    Date.from(now.minus(CLOCK_SKEW)), Date.from(years(now, ROOT_VALIDITY_YEARS)), subject,
                    keyPair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(1))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(keyPair.getPublic()));
            return new CertificateAuthority(List.of(sign(builder, keyPair.getPrivate())), keyPair.getPrivate(), clock,
                    null);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create the root CA", e);
        }
    }

    /**
     * The client CA, signed by this root: issues end-entity certificates only (path length 0), for client
     * authentication only, with subjects inside {@code O=Kojo users,C=JP} and no DNS names or IP addresses at all.
     */
    public CertificateAuthority newClientCa() {
        GeneralSubtree users = new GeneralSubtree(new GeneralName(dnWithoutCn(USERS_ORGANISATION)));
        GeneralSubtree[] noAddresses = {
                new GeneralSubtree(new GeneralName(GeneralName.iPAddress, new DEROctetString(new byte[8]))),
                new GeneralSubtree(new GeneralName(GeneralName.iPAddress, new DEROctetString(new byte[32])))};
        return newIntermediate("Kojo Client CA", KeyPurposeId.id_kp_clientAuth,
                new NameConstraints(new GeneralSubtree[] {users}, noAddresses));
    }

    /** The server CA, signed by this root: issues the server's TLS certificate only (path length 0). */
    public CertificateAuthority newServerCa() {
        return newIntermediate("Kojo Server CA", KeyPurposeId.id_kp_serverAuth, null);
    }

    private CertificateAuthority newIntermediate(String commonName, KeyPurposeId purpose, NameConstraints constraints) {
        requireRoot();
        KeyPair keyPair = generateKeyPair(CA_KEY_BITS, random);
        Instant now = now(clock);
        Instant notAfter = years(now, INTERMEDIATE_VALIDITY_YEARS);
        if (notAfter.isAfter(certificate().getNotAfter().toInstant())) {
            notAfter = certificate().getNotAfter().toInstant();
        }
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(certificate(), randomSerial(random),
                    Date.from(now.minus(CLOCK_SKEW)), Date.from(notAfter), dn(commonName, "Kojo"), keyPair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    // An EKU in a CA certificate limits what its leaves may be used for (honoured by NSS, Chromium).
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose))
                    .addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(extensions))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keyPair.getPublic()));
            if (constraints != null) {
                builder.addExtension(Extension.nameConstraints, true, constraints);
            }
            List<X509Certificate> newChain = new ArrayList<>();
            newChain.add(sign(builder, key));
            newChain.addAll(chain);
            return new CertificateAuthority(newChain, keyPair.getPrivate(), clock, null);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create " + commonName, e);
        }
    }

    private void requireRoot() {
        if (chain.size() != 1) {
            throw new IllegalStateException("only the root signs intermediates");
        }
    }

    /** This authority's own certificate. */
    public X509Certificate caCertificate() {
        return certificate();
    }

    /** This authority's certificate and the ones above it, up to the root. */
    public List<X509Certificate> chain() {
        return chain;
    }

    PrivateKey key() {
        return key;
    }

    private X509Certificate certificate() {
        return chain.get(0);
    }

    /**
     * The authority's certificate revocation list (X.509 v2) over these revoked certificates, signed by it.
     *
     * @param revoked   serial, revocation time and RFC 5280 reason code of each revoked certificate
     * @param crlNumber increases with every CRL the authority publishes
     */
    public X509CRL revocationList(List<RevokedCertificate> revoked, Instant thisUpdate, Instant nextUpdate,
                                  BigInteger crlNumber) {
        return RevocationListSigner.sign(certificate(), key, revoked, thisUpdate, nextUpdate, crlNumber);
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
            return new IssuedCertificate(sign(builder, key), keyPair.getPrivate(), chain);
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
            return sign(clientBuilder(loginId, publicKey, validity), key);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign client certificate for " + loginId, e);
        }
    }

    private X509v3CertificateBuilder clientBuilder(String loginId, PublicKey publicKey, Duration validity)
            throws IOException, GeneralSecurityException {
        X509v3CertificateBuilder builder = leafBuilder(dn(loginId, USERS_ORGANISATION), publicKey, validity)
                .addExtension(Extension.keyUsage, true,
                        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth));
        if (crlDistributionPoint != null) {
            GeneralNames where = new GeneralNames(new GeneralName(GeneralName.uniformResourceIdentifier,
                    crlDistributionPoint));
            builder.addExtension(Extension.cRLDistributionPoints, false, new CRLDistPoint(new DistributionPoint[] {
                    new DistributionPoint(new DistributionPointName(where), null, null)}));
        }
        return builder;
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
            return new IssuedCertificate(sign(builder, key), keyPair.getPrivate(), chain);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot issue server certificate for " + dnsNames, e);
        }
    }

    /** Common part of every end-entity certificate: serial, validity, CA=false, key identifiers. */
    private X509v3CertificateBuilder leafBuilder(X500Name subject, PublicKey publicKey, Duration validity)
            throws IOException, GeneralSecurityException {
        Instant now = now(clock);
        JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
        return new JcaX509v3CertificateBuilder(certificate(), randomSerial(random), Date.from(now.minus(CLOCK_SKEW)),
                Date.from(now.plus(validity)), subject, publicKey)
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.authorityKeyIdentifier, false, authorityKeyIdentifier(extensions))
                .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(publicKey));
    }

    /**
     * Key identifier only (no issuer name and serial, which would tie certificates to one CA certificate rather
     * than to its key), copied from the CA's SubjectKeyIdentifier so the two always match.
     */
    private AuthorityKeyIdentifier authorityKeyIdentifier(JcaX509ExtensionUtils extensions) throws IOException {
        byte[] ski = certificate().getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (ski == null) {
            return extensions.createAuthorityKeyIdentifier(certificate().getPublicKey());
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

    private static Instant years(Instant from, long years) {
        return from.atOffset(ZoneOffset.UTC).plusYears(years).toInstant();
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

    /** C=JP,O=... encoded as {@link #dn} encodes its first two RDNs, so a name constraint on it matches them. */
    private static X500Name dnWithoutCn(String organisation) {
        return new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.C, "JP")
                .addRDN(BCStyle.O, organisation)
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
}
