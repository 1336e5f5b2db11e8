package jp.kojo.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509KeyManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import jp.kojo.certificate.boundary.CertificateSerials;

/**
 * A real TLS handshake with the files KeyMaterialSetup writes, configured as WildFly will use them:
 * client certificates wanted, not required (password login stays possible without one).
 */
class TlsHandshakeTest {

    private static final int TIMEOUT_MILLIS = 10_000;

    @TempDir
    static Path home;
    static CertificateAuthority ca;
    static CertificateAuthority serverCa;
    /** What a user's browser trusts: the root certificate KeyMaterialSetup publishes as PEM. */
    static KeyStore userTrust;
    static SSLServerSocket serverSocket;
    static ExecutorService serverThread;
    static KeyStore truststore;

    @BeforeAll
    static void startServer() throws Exception {
        // Real clock: the JDK's TLS stack validates certificates at the current time.
        KeyMaterialSetup.ensure(home, Clock.systemUTC(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        Properties passwords = new Properties();
        try (InputStream in = Files.newInputStream(home.resolve("kojo.properties"))) {
            passwords.load(in);
        }
        jp.kojo.platform.KojoCredentialStore secrets = jp.kojo.platform.KojoCredentialStore.open(
                home.resolve("ca/kojo-credentials.cs"),
                passwords.getProperty("kojo.credential.store.password").toCharArray(), false);
        char[] caPassword = secrets.secret("kojo.ca.password").orElseThrow().toCharArray();
        ca = CaKeystore.load(home.resolve("ca/kojo-ca.p12"), caPassword, Clock.systemUTC());
        serverCa = CaKeystore.load(home.resolve("ca/kojo-server-ca.p12"), caPassword, Clock.systemUTC());
        userTrust = KeyStore.getInstance("PKCS12");
        userTrust.load(null, null);
        try (InputStream in = Files.newInputStream(home.resolve("tls/kojo-ca.crt"))) {
            userTrust.setCertificateEntry("root", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        char[] keystorePassword = secrets.secret("kojo.tls.keystore.password").orElseThrow().toCharArray();
        KeyStore keystore = load(home.resolve("tls/server.p12"), keystorePassword);
        truststore = load(home.resolve("tls/truststore.p12"),
                secrets.secret("kojo.tls.truststore.password").orElseThrow().toCharArray());

        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keystore, keystorePassword);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), trustManagers(truststore), null);

        serverSocket = (SSLServerSocket) context.getServerSocketFactory().createServerSocket();
        serverSocket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
        serverSocket.setWantClientAuth(true);
        serverSocket.setSoTimeout(TIMEOUT_MILLIS);
        serverThread = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (serverSocket != null) {
            serverSocket.close();
        }
        if (serverThread != null) {
            serverThread.shutdownNow();
        }
    }

    @Test
    void serverSeesTheClientCertificate() throws Exception {
        IssuedCertificate client = ca.issueClientCertificate("taro", "Taro", Duration.ofDays(366));
        char[] passphrase = "p12-pass".toCharArray();
        KeyStore clientStore = KeyStore.getInstance("PKCS12");
        clientStore.load(new ByteArrayInputStream(client.toPkcs12("taro", passphrase)), passphrase);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(clientStore, passphrase);

        Certificate[] seen = handshake(kmf.getKeyManagers());
        assertEquals(3, seen.length, "client sends its chain: itself, the client CA, the root");
        X509Certificate peer = (X509Certificate) seen[0];
        assertEquals(client.serialHex(), CertificateSerials.normalise(peer.getSerialNumber()));
        assertEquals("CN=taro,O=Kojo users,C=JP", peer.getSubjectX500Principal().getName());
    }

    @Test
    void aClientCertificateFromAnotherAuthorityOfTheSameRootIsRefused() throws Exception {
        // The server trusts the client CA only, not the root: the server CA's certificates cannot log in.
        IssuedCertificate client = serverCa.issueClientCertificate("mallory", null, Duration.ofDays(1));
        char[] passphrase = "p12-pass".toCharArray();
        KeyStore clientStore = KeyStore.getInstance("PKCS12");
        clientStore.load(new ByteArrayInputStream(client.toPkcs12("mallory", passphrase)), passphrase);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(clientStore, passphrase);
        // A browser would not even offer it (the server asks for certificates of the client CA); this client
        // sends it anyway, so the server's own trust decides.
        X509KeyManager keys = (X509KeyManager) kmf.getKeyManagers()[0];
        X509ExtendedKeyManager insisting = new X509ExtendedKeyManager() {
            @Override public String[] getClientAliases(String type, java.security.Principal[] issuers) { return new String[] {"mallory"}; }
            @Override public String chooseClientAlias(String[] type, java.security.Principal[] issuers, java.net.Socket s) { return "mallory"; }
            @Override public String[] getServerAliases(String type, java.security.Principal[] issuers) { return null; }
            @Override public String chooseServerAlias(String type, java.security.Principal[] issuers, java.net.Socket s) { return null; }
            @Override public X509Certificate[] getCertificateChain(String alias) { return keys.getCertificateChain(alias); }
            @Override public java.security.PrivateKey getPrivateKey(String alias) { return keys.getPrivateKey(alias); }
        };
        java.util.concurrent.ExecutionException refused = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> handshakeExpectingServerFailure(new KeyManager[] {insisting}));
        assertInstanceOf(SSLHandshakeException.class, refused.getCause(), String.valueOf(refused.getCause()));
    }

    @Test
    void handshakeWithoutClientCertificateStillSucceeds() throws Exception {
        assertNull(handshake(new KeyManager[0]));
    }

    /** Connects with a certificate the server should refuse; answers through the server side's failure. */
    private static void handshakeExpectingServerFailure(KeyManager[] clientKeys) throws Exception {
        Future<Certificate[]> server = serverThread.submit(() -> {
            try (SSLSocket socket = (SSLSocket) serverSocket.accept()) {
                socket.setSoTimeout(TIMEOUT_MILLIS);
                socket.startHandshake();
                return socket.getSession().getPeerCertificates();
            }
        });
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(clientKeys, trustManagers(userTrust), null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
            socket.connect(serverSocket.getLocalSocketAddress(), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.startHandshake();
            socket.getOutputStream().write(1);
            socket.getOutputStream().flush();
            socket.getInputStream().read();
        } catch (java.io.IOException expected) {
            // The client learns of the refusal as an alert; the server side says why.
        }
        server.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Connects, exchanges one byte each way, and returns the certificates the server saw (null if none). */
    private static Certificate[] handshake(KeyManager[] clientKeys) throws Exception {
        Future<Certificate[]> server = serverThread.submit(() -> {
            try (SSLSocket socket = (SSLSocket) serverSocket.accept()) {
                socket.setSoTimeout(TIMEOUT_MILLIS);
                socket.startHandshake();
                int ping = socket.getInputStream().read();
                socket.getOutputStream().write(ping + 1);
                socket.getOutputStream().flush();
                try {
                    return socket.getSession().getPeerCertificates();
                } catch (SSLPeerUnverifiedException e) {
                    return null;
                }
            }
        });

        SSLContext context = SSLContext.getInstance("TLS");
        // The client trusts what a user's browser trusts: the root, for the server's chain through the server CA.
        context.init(clientKeys, trustManagers(userTrust), null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket()) {
            socket.connect(serverSocket.getLocalSocketAddress(), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            // Check the server certificate's IP SAN as a browser would.
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            out.write(41);
            out.flush();
            assertEquals(42, socket.getInputStream().read());
        }
        return server.get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static javax.net.ssl.TrustManager[] trustManagers(KeyStore trusted) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        return tmf.getTrustManagers();
    }

    private static KeyStore load(Path path, char[] password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        }
        return store;
    }
}
