package jp.kojo.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An HTTPS client that behaves like a user's browser without the rendering: it presents (or not) a
 * user's client certificate, keeps cookies and fills in the login form like a person would.
 */
public final class KojoBrowserlessClient {
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    public static final String NONCE_INPUT = "primefaces.nonce";
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    /** The application's address: the test server's, or another server's (e.g. the one CrashRestartIT kills). */
    private final String base;

    public KojoBrowserlessClient(String certificateOfLoginId) {
        this(TestServer.httpsBase(), TestServer.tls(certificateOfLoginId));
    }

    private KojoBrowserlessClient(String base, javax.net.ssl.SSLContext tls) {
        this.base = base;
        http = client(tls, cookies);
    }

    private KojoBrowserlessClient(javax.net.ssl.SSLContext tls) {
        this(TestServer.httpsBase(), tls);
    }

    /** A client of the Kojo at {@code httpsBase} (e.g. https://localhost:8893/kojo) on this TLS set-up. */
    public static KojoBrowserlessClient of(String httpsBase, javax.net.ssl.SSLContext tls) {
        return new KojoBrowserlessClient(httpsBase, tls);
    }

    /** A client presenting the key and certificate of this key store, e.g. a PKCS#12 file Kojo just issued. */
    public static KojoBrowserlessClient presenting(java.security.KeyStore key, char[] passphrase) {
        return new KojoBrowserlessClient(TestServer.tls(key, passphrase));
    }

    /** A client on its own TLS set-up, e.g. one that presents a certificate whatever the server asks for. */
    public static KojoBrowserlessClient over(javax.net.ssl.SSLContext tls) {
        return new KojoBrowserlessClient(tls);
    }

    private static HttpClient client(javax.net.ssl.SSLContext tls, CookieManager cookies) {
        return HttpClient.newBuilder()
                .sslContext(tls)
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
    }

    public HttpResponse<byte[]> get(String pathOrUrl) throws IOException, InterruptedException {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public String getText(String path) throws IOException, InterruptedException {
        return new String(get(path).body(), StandardCharsets.UTF_8);
    }

    /** Fills in and submits the login form; answers the response to the submit (a redirect when it worked). */
    public HttpResponse<byte[]> login(String loginId, String password) throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginId", loginId);
        fields.put("password", password);
        return submit("/public/login.xhtml", "login", fields, "submit");
    }

    /**
     * Opens a page, fills in one of its forms like a person would and presses the button; answers the response.
     * Field names are given without the form's prefix.
     */
    public HttpResponse<byte[]> submit(String path, String form, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> page = get(path);
        String html = new String(page.body(), StandardCharsets.UTF_8);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("No form on " + path + ": " + page.statusCode() + " " + html);
        }
        Map<String, String> body = new LinkedHashMap<>();
        body.put(form, form);
        fields.forEach((name, value) -> body.put(form + ":" + name, value));
        body.put(form + ":" + button, "");
        body.putAll(formState(html));
        String action = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        return post(action, body);
    }

    /**
     * What a browser sends back with any form of the page besides its fields: the Faces view state, and the
     * page's CSP nonce, which PrimeFaces' script adds to every form as {@code primefaces.nonce} (and checks).
     */
    public static Map<String, String> formState(String html) {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("jakarta.faces.ViewState", viewState(html));
        Matcher nonce = CSP_NONCE.matcher(html);
        if (nonce.find()) {
            state.put("primefaces.nonce", nonce.group(1));
        }
        return state;
    }

    /**
     * The page's CSP nonce, which PrimeFaces' script copies into every Faces form as {@value #NONCE_INPUT}
     * (PrimeFaces refuses a postback of a stateful view without it); null on a page without PrimeFaces.
     */
    public static String nonce(String html) {
        Matcher nonce = CSP_NONCE.matcher(html);
        return nonce.find() ? nonce.group(1) : null;
    }

    /** The Faces view state of a page, to post back its form. */
    public static String viewState(String html) {
        Matcher viewState = VIEW_STATE.matcher(html);
        if (!viewState.find()) {
            throw new IllegalStateException("No form in: " + html);
        }
        return viewState.group(1);
    }

    public HttpResponse<byte[]> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A multipart form post with one file, as a browser sends a form with enctype="multipart/form-data". */
    public HttpResponse<byte[]> postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                                              byte[] content) throws IOException, InterruptedException {
        String boundary = "----KojoBoundary" + Long.toHexString(System.nanoTime());
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(120))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends from now on the cookies (the session) of another client, as a thief of its session cookie would. */
    public void adoptCookiesOf(KojoBrowserlessClient other) {
        URI uri = URI.create(base);
        other.cookies.getCookieStore().getCookies().forEach(cookie -> cookies.getCookieStore().add(uri, cookie));
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(c -> c.getValue()).findFirst().orElse(null);
    }

    /** Logs in and fails loudly if it did not work. */
    public KojoBrowserlessClient loggedInAs(String loginId) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = login(loginId, TestServer.DEMO_PASSWORD);
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Login of " + loginId + " failed: " + response.statusCode());
        }
        return this;
    }
}
