package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;
import jp.kojo.certificate.control.CaKeystore;
import jp.kojo.certificate.control.CertificateAuthority;
import jp.kojo.certificate.control.IssuedCertificate;
import jp.kojo.certificate.control.KeyMaterialSetup;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The running server's trust: client authentication trusts Kojo's client CA only. A certificate with a user's
 * name from the server CA (same root) or from another CA altogether is refused in the TLS handshake, before any
 * page; the certificates Kojo issues name the URL of its CRL.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateAuthorityIT {
    private static final char[] PASSPHRASE = "insist".toCharArray();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aCertificateFromTheServerCaWithAUsersNameIsRefusedInTheHandshake() throws Exception {
        String loginId = TestAccounts.user("sc", TestAccounts.organization(), "MASTER", TestServer.DEMO_PASSWORD, false);
        CertificateAuthority serverCa = CaKeystore.load(TestServer.home().resolve(KeyMaterialSetup.SERVER_CA_KEYSTORE),
                TestServer.secret(KeyMaterialSetup.CA_PASSWORD).toCharArray(), Clock.systemUTC());
        IssuedCertificate sameName = serverCa.issueClientCertificate(loginId, null, Duration.ofDays(1));

        // The alert reaches the client as "bad_certificate" or as the server closing the handshake, depending on
        // timing: the handshake's failure is the refusal.
        assertThrows(SSLHandshakeException.class,
                () -> KojoBrowserlessClient.over(insisting(sameName)).get("/public/login.xhtml"));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM login_history WHERE login_id = ?", loginId),
                "no request reached Kojo");
        // The same user's certificate from the client CA is accepted: it is the issuer that was refused.
        assertEquals(302, new KojoBrowserlessClient(loginId).login(loginId, TestServer.DEMO_PASSWORD).statusCode());
    }

    @Test
    void aCertificateFromAnotherCaIsRefusedInTheHandshake() throws Exception {
        String loginId = TestAccounts.user("oc", TestAccounts.organization(), "MASTER", TestServer.DEMO_PASSWORD, false);
        CertificateAuthority elsewhere = CertificateAuthority.newRoot(Clock.systemUTC()).newClientCa();
        IssuedCertificate impostor = elsewhere.issueClientCertificate(loginId, null, Duration.ofDays(1));
        assertThrows(SSLHandshakeException.class,
                () -> KojoBrowserlessClient.over(insisting(impostor)).get("/public/login.xhtml"));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM login_history WHERE login_id = ?", loginId),
                "no request reached Kojo");
    }

    @Test
    void issuedCertificatesNameTheCrlWhereTheServerPublishesIt() throws Exception {
        // The demo's certificates are issued by the running server's CA at start-up.
        KeyStore demo = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(TestServer.certificate("bank01"))) {
            demo.load(in, TestServer.CERTIFICATE_PASSPHRASE.toCharArray());
        }
        X509Certificate certificate = (X509Certificate) demo.getCertificate(demo.aliases().nextElement());
        CRLDistPoint points = CRLDistPoint.getInstance(JcaX509ExtensionUtils.parseExtensionValue(
                certificate.getExtensionValue(Extension.cRLDistributionPoints.getId())));
        GeneralName name = GeneralNames.getInstance(points.getDistributionPoints()[0].getDistributionPoint().getName())
                .getNames()[0];
        URI url = URI.create(name.getName().toString());
        assertEquals(URI.create(TestServer.httpsBase() + "/public/kojo.crl").getPath(), url.getPath());
        assertEquals(Integer.parseInt(System.getProperty("it.https.port", "8543")), url.getPort());

        HttpResponse<byte[]> response = new KojoBrowserlessClient(null).get(url.toString());
        assertEquals(200, response.statusCode());
        X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
                .generateCRL(new ByteArrayInputStream(response.body()));
        X509Certificate issuer = (X509Certificate) demo.getCertificateChain(demo.aliases().nextElement())[1];
        crl.verify(issuer.getPublicKey());
        assertEquals(certificate.getIssuerX500Principal(), crl.getIssuerX500Principal());
        assertEquals(CertificateAuthority.CLIENT_CA_SUBJECT, issuer.getSubjectX500Principal().getName());
    }

    /**
     * TLS presenting this certificate even though the server asks for its client CA's certificates only (a
     * browser would not offer it): the server's trust decides, not the client's choice.
     */
    private static SSLContext insisting(IssuedCertificate certificate) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(certificate.toPkcs12("insist", PASSPHRASE)), PASSPHRASE);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, PASSPHRASE);
        X509KeyManager keys = (X509KeyManager) kmf.getKeyManagers()[0];
        X509ExtendedKeyManager insisting = new X509ExtendedKeyManager() {
            @Override
            public String[] getClientAliases(String keyType, Principal[] issuers) {
                return new String[] {"insist"};
            }

            @Override
            public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
                return "insist";
            }

            @Override
            public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, javax.net.ssl.SSLEngine engine) {
                return "insist";
            }

            @Override
            public String[] getServerAliases(String keyType, Principal[] issuers) {
                return null;
            }

            @Override
            public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
                return null;
            }

            @Override
            public X509Certificate[] getCertificateChain(String alias) {
                return keys.getCertificateChain(alias);
            }

            @Override
            public PrivateKey getPrivateKey(String alias) {
                return keys.getPrivateKey(alias);
            }
        };
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(TestServer.caCertificate())) {
            trust.setCertificateEntry("kojo-root", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new KeyManager[] {insisting}, tmf.getTrustManagers(), null);
        return context;
    }
}
