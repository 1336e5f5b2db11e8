package jp.kojo.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.wildfly.security.auth.server.IdentityCredentials;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.credential.store.CredentialStore;
import org.wildfly.security.credential.store.CredentialStoreException;
import org.wildfly.security.credential.store.WildFlyElytronCredentialStoreProvider;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.ClearPassword;

/**
 * Kojo's Elytron credential store ({@value #FILE} under kojo.home, a PKCS#12 {@code KeyStoreCredentialStore}):
 * the passwords of the CA and TLS keystores. KeyMaterialSetup writes it, WildFly's key stores read it through the
 * {@code credential-store=kojoCS} resource of the configuration scripts, the application reads the CA password
 * from it: the one secret left in the start-up properties is the store's own password.
 */
public final class KojoCredentialStore {
    public static final String FILE = "ca/kojo-credentials.cs";
    /** The start-up property holding the store's own password. */
    public static final String PASSWORD_PROPERTY = "kojo.credential.store.password";
    private static final Provider[] PROVIDERS = {new WildFlyElytronCredentialStoreProvider(),
            WildFlyElytronPasswordProvider.getInstance()};

    private final CredentialStore store;

    private KojoCredentialStore(CredentialStore store) {
        this.store = store;
    }

    /** Opens the store, creating an empty one when {@code create} and the file does not exist. */
    public static KojoCredentialStore open(Path file, char[] password, boolean create) {
        Objects.requireNonNull(password, "password");
        if (!create && !Files.isRegularFile(file)) {
            throw new IllegalStateException("Credential store " + file
                    + " not found; run jp.kojo.certificate.control.KeyMaterialSetup first");
        }
        try {
            CredentialStore store = CredentialStore.getInstance("KeyStoreCredentialStore", PROVIDERS[0]);
            store.initialize(Map.of("location", file.toString(), "create", Boolean.toString(create),
                            "modifiable", "true", "keyStoreType", "PKCS12"),
                    new CredentialStore.CredentialSourceProtectionParameter(IdentityCredentials.NONE.withCredential(
                            new PasswordCredential(ClearPassword.createRaw(ClearPassword.ALGORITHM_CLEAR, password)))),
                    PROVIDERS);
            return new KojoCredentialStore(store);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open credential store " + file + " (wrong password?): " + e, e);
        }
    }

    /** The application server's view: the store under kojo.home, opened with the start-up property. */
    public static KojoCredentialStore ofServer() {
        String password = System.getProperty(PASSWORD_PROPERTY);
        if (password == null) {
            throw new IllegalStateException("System property " + PASSWORD_PROPERTY + " is not set");
        }
        return open(KojoHome.dir().resolve(FILE), password.toCharArray(), false);
    }

    public Optional<String> secret(String alias) {
        try {
            if (!store.exists(alias, PasswordCredential.class)) {
                return Optional.empty();
            }
            PasswordCredential credential = store.retrieve(alias, PasswordCredential.class);
            return Optional.of(new String(credential.getPassword(ClearPassword.class).getPassword()));
        } catch (CredentialStoreException e) {
            throw new IllegalStateException("Cannot read " + alias + " from the credential store", e);
        }
    }

    /** Stores the secret and writes the store to its file at once. */
    public void put(String alias, String secret) {
        try {
            store.store(alias, new PasswordCredential(ClearPassword.createRaw(ClearPassword.ALGORITHM_CLEAR,
                    secret.toCharArray())));
            store.flush();
        } catch (CredentialStoreException e) {
            throw new IllegalStateException("Cannot store " + alias + " in the credential store", e);
        }
    }
}
