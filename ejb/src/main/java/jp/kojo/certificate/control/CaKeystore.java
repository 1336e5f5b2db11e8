package jp.kojo.certificate.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A {@link CertificateAuthority} in a PKCS#12 file: one key entry ({@value CertificateAuthority#CA_ALIAS}) with the
 * authority's chain up to the root. Files are written whole or not at all, readable by their owner only.
 */
public final class CaKeystore {
    /** For files holding a private key or passwords. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** For public material (trust store, CA certificates). */
    public static final Set<PosixFilePermission> WORLD_READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private CaKeystore() {
    }

    /**
     * Loads an existing authority; fails if the file is missing rather than silently creating a new one.
     *
     * @throws UncheckedIOException  wrapping {@link NoSuchFileException} if the file is missing; also if it cannot
     *                               be read or the password is wrong
     * @throws IllegalStateException if the keystore holds no CA key entry
     */
    public static CertificateAuthority load(Path file, char[] password, Clock clock) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "password");
        if (!Files.isRegularFile(file)) {
            NoSuchFileException missing = new NoSuchFileException(file.toString(), null,
                    "CA keystore not found; run jp.kojo.certificate.control.KeyMaterialSetup first");
            throw new UncheckedIOException(missing.getMessage(), missing);
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            } catch (IOException e) {
                // The JDK reports a wrong password as an IOException with an unhelpful message.
                throw new UncheckedIOException("Cannot open CA keystore " + file + " (wrong password?): " + e, e);
            }
            Key key = store.getKey(CertificateAuthority.CA_ALIAS, password);
            Certificate[] chain = store.getCertificateChain(CertificateAuthority.CA_ALIAS);
            if (!(key instanceof PrivateKey) || chain == null || chain.length == 0) {
                throw new IllegalStateException("CA keystore " + file + " has no private key entry '"
                        + CertificateAuthority.CA_ALIAS + "'");
            }
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : chain) {
                certificates.add((X509Certificate) certificate);
            }
            return CertificateAuthority.of(certificates, (PrivateKey) key, clock);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read CA keystore " + file, e);
        }
    }

    /** Writes the authority's key and chain, readable by the owner only. */
    public static void save(Path file, char[] password, CertificateAuthority authority) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(CertificateAuthority.CA_ALIAS, authority.key(), password,
                    authority.chain().toArray(new Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            writeAtomically(file, out.toByteArray(), OWNER_ONLY);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write CA keystore " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create CA keystore " + file, e);
        }
    }

    /**
     * Writes {@code data} to a temp file beside {@code target} and moves it into place, so a crash never
     * leaves a half-written keystore. {@code permissions} are applied before any byte is written, where the
     * file system has POSIX permissions.
     */
    public static void writeAtomically(Path target, byte[] data, Set<PosixFilePermission> permissions) throws IOException {
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
