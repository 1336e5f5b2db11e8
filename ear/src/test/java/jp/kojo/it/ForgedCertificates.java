package jp.kojo.it;

import java.io.InputStream;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import jp.kojo.certificate.control.CertificateAuthority;
import jp.kojo.certificate.control.KeyMaterialSetup;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates an attacker holding Kojo's CA key (or a CA mistake) could make: the issuer, serial and subject of a
 * registered certificate, but another key. TLS accepts them (Kojo's CA signed them); only the fingerprint
 * binding tells them apart.
 */
final class ForgedCertificates {
    static final char[] PASSPHRASE = "forged".toCharArray();

    private ForgedCertificates() {
    }

    /** A key store with a new key and a certificate of Kojo's CA with the user's registered serial and subject. */
    static KeyStore sameSerialOtherKey(String loginId) throws Exception {
        X509Certificate genuine = genuine(loginId);
        KeyStore caStore = KeyStore.getInstance("PKCS12");
        char[] caPassword = TestServer.secret(KeyMaterialSetup.CA_PASSWORD).toCharArray();
        try (InputStream in = Files.newInputStream(TestServer.home().resolve(KeyMaterialSetup.CA_KEYSTORE))) {
            caStore.load(in, caPassword);
        }
        PrivateKey caKey = (PrivateKey) caStore.getKey(CertificateAuthority.CA_ALIAS, caPassword);
        X509Certificate caCertificate = (X509Certificate) caStore.getCertificate(CertificateAuthority.CA_ALIAS);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X509Certificate forged = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                caCertificate, genuine.getSerialNumber(), genuine.getNotBefore(), genuine.getNotAfter(),
                genuine.getSubjectX500Principal(), keys.getPublic())
                .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_clientAuth))
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(caKey)));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(loginId, keys.getPrivate(), PASSPHRASE, new Certificate[] {forged, caCertificate});
        return store;
    }

    /** The certificate the test fixtures issued the user (its PKCS#12 file in the demo folder). */
    static X509Certificate genuine(String loginId) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(TestServer.certificate(loginId))) {
            store.load(in, TestServer.CERTIFICATE_PASSPHRASE.toCharArray());
        }
        return (X509Certificate) store.getCertificate(store.aliases().nextElement());
    }
}
