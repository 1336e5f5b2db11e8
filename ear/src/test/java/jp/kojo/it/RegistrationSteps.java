package jp.kojo.it;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * The steps of initial registration and certificate issue as a person takes them, for the system tests:
 * the bank registers an initial password, the first user registers, asks for a code, reads it from the test
 * SMTP server and gets a certificate.
 */
public final class RegistrationSteps {
    public static final String INITIAL_PASSWORD = "Init-pass-2026";
    public static final String PASSWORD = "Master-pass-2026";
    public static final String REFUSED = "契約番号または初期パスワードが正しくないか";
    private static final Pattern PASSPHRASE = Pattern.compile("id=\"passphrase\"[^>]*>([^<]+)<");
    private static final Pattern DOWNLOAD = Pattern.compile("id=\"download\"[^>]*href=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private RegistrationSteps() {
    }

    /** A new organisation of the test's own; answers its contract number. */
    public static String contract() throws SQLException {
        return TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", TestAccounts.organization());
    }

    public static String newLoginId(String prefix) {
        return prefix + Long.toString(Math.abs(RANDOM.nextLong()), 36).substring(0, 8);
    }

    public static String email(String loginId) {
        return loginId + "@test.kojo.example.jp";
    }

    /** The bank operator bank01 registers the initial password; answers the page. */
    public static String bankRegisters(String contract, String initialPassword) throws Exception {
        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01").loggedInAs("bank01");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contractNumber", contract);
        fields.put("password", initialPassword);
        fields.put("confirmation", initialPassword);
        fields.put("reference", "届出書 " + contract);
        return TestAccounts.text(bank.submit("/bank/registration.xhtml", "initial", fields, "submit"));
    }

    /** The first user registers on the public page; answers the response (a redirect when it worked). */
    public static HttpResponse<byte[]> register(KojoBrowserlessClient visitor, String contract, String initialPassword,
                                                String loginId) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contractNumber", contract);
        fields.put("initialPassword", initialPassword);
        fields.put("loginId", loginId);
        fields.put("displayName", "登録 太郎");
        fields.put("email", email(loginId));
        fields.put("password", PASSWORD);
        fields.put("confirmation", PASSWORD);
        return visitor.submit("/public/register.xhtml", "register", fields, "submit");
    }

    /** A visitor without a certificate who registered a new contract's master and stands on the code step. */
    public static KojoBrowserlessClient registeredMaster(String loginId) throws Exception {
        String contract = contract();
        bankRegisters(contract, INITIAL_PASSWORD);
        KojoBrowserlessClient visitor = new KojoBrowserlessClient(null);
        HttpResponse<byte[]> response = register(visitor, contract, INITIAL_PASSWORD, loginId);
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Registration failed: " + TestAccounts.text(response));
        }
        return visitor;
    }

    /** Asks for a code; answers the page. */
    public static String sendCode(KojoBrowserlessClient client) throws Exception {
        return TestAccounts.text(client.submit("/public/certificate.xhtml", "send", Map.of(), "submit"));
    }

    /** Types a code, asks for a PKCS#12 file; answers the page. */
    public static String issuePkcs12(KojoBrowserlessClient client, String code) throws Exception {
        return issue(client, code, "PKCS12", "");
    }

    public static String issue(KojoBrowserlessClient client, String code, String delivery, String csr) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code);
        fields.put("delivery", delivery);
        fields.put("csr", csr);
        return TestAccounts.text(client.submit("/public/certificate.xhtml", "issue", fields, "submit"));
    }

    public static String passphrase(String page) {
        Matcher matcher = PASSPHRASE.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("No passphrase on: " + page);
        }
        return matcher.group(1).strip();
    }

    public static String downloadLink(String page) {
        Matcher matcher = DOWNLOAD.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("No download link on: " + page);
        }
        return matcher.group(1).replace("&amp;", "&").replaceFirst("^/kojo", "");
    }

    public static KeyStore pkcs12(byte[] file, String passphrase) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(file), passphrase.toCharArray());
        return store;
    }

    public static KeyPair ecKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    public static KeyPair rsaKeyPair(int bits) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    /** A PEM PKCS#10 request signed by the key pair, as openssl req -new would make it. */
    public static String csr(KeyPair keys) throws Exception {
        String algorithm = keys.getPublic().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        var request = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=browser key"), keys.getPublic())
                .build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate()));
        StringWriter out = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(request);
        }
        return out.toString();
    }
}
