package jp.kojo.certificate.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import jp.kojo.platform.ClockProducer;
import jp.kojo.platform.KojoCredentialStore;
import jp.kojo.platform.KojoHome;

/**
 * Kojo's client CA as the running server sees it: the keystore under kojo.home (made by KeyMaterialSetup before
 * the server starts), opened with its password from Kojo's credential store, never stored in the deployment.
 */
@ApplicationScoped
public class KojoCa {
    /** Where the CRL is published as users' browsers and other servers reach it; put into issued certificates. */
    public static final String CRL_URL_PROPERTY = "kojo.crl.url";

    /**
     * Real time, not the application's movable clock: browsers and TLS check a certificate's validity against
     * real time, so one issued while the business clock stands on another day must still be valid now.
     */
    private final Clock clock = Clock.system(ClockProducer.TOKYO);

    private volatile CertificateAuthority authority;

    /** Real time, as certificates and CRLs are dated. */
    public java.time.Instant now() {
        return clock.instant();
    }

    public CertificateAuthority authority() {
        CertificateAuthority current = authority;
        if (current == null) {
            synchronized (this) {
                if (authority == null) {
                    String password = KojoCredentialStore.ofServer().secret(KeyMaterialSetup.CA_PASSWORD)
                            .orElseThrow(() -> new IllegalStateException("No " + KeyMaterialSetup.CA_PASSWORD
                                    + " in the credential store"));
                    authority = CaKeystore.load(KojoHome.dir().resolve(KeyMaterialSetup.CA_KEYSTORE),
                            password.toCharArray(), clock)
                            .withCrlDistributionPoint(System.getProperty(CRL_URL_PROPERTY));
                }
                current = authority;
            }
        }
        return current;
    }
}
