package jp.kojo.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.dmr.ModelNode;

/**
 * A payroll program calling Kojo's API v1 over TLS with a user's client certificate, keeping the session
 * cookie; it sends X-Requested-With and JSON on state-changing calls unless told not to.
 */
final class ApiClient {
    static final String BASE = "/api/v1";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String language;
    private String foreignSession;

    ApiClient(String certificateOfLoginId) {
        http = HttpClient.newBuilder()
                .sslContext(TestServer.tls(certificateOfLoginId))
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(20))
                .build();
    }

    /** Logs in and fails loudly if it did not work. */
    static ApiClient loggedIn(String loginId, String password) throws Exception {
        ApiClient client = new ApiClient(loginId);
        Answer answer = client.login(loginId, password);
        if (answer.status() != 200) {
            throw new IllegalStateException("API login of " + loginId + " failed: " + answer);
        }
        return client;
    }

    static ApiClient loggedIn(String demoLoginId) throws Exception {
        return loggedIn(demoLoginId, TestServer.DEMO_PASSWORD);
    }

    ApiClient english() {
        language = "en";
        return this;
    }

    /** Sends this session id with every request instead of its own cookie (as a thief would). */
    ApiClient withSessionOf(ApiClient other) {
        foreignSession = other.sessionId();
        return this;
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getValue()).findFirst().orElse(null);
    }

    Answer login(String loginId, String password) throws Exception {
        return post("/login", "{\"loginId\":\"" + loginId + "\",\"password\":\"" + password + "\"}");
    }

    Answer get(String path) throws Exception {
        return send(request(path).GET());
    }

    Answer post(String path, String json) throws Exception {
        return send(request(path).header("X-Requested-With", "Kojo-Test").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST as a page of another site could make it: no X-Requested-With. */
    Answer postWithoutRequestedWith(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer postForm(String path, String body) throws Exception {
        return send(request(path).header("X-Requested-With", "Kojo-Test")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer patch(String path, String ifMatch, String json) throws Exception {
        return patch(path, ifMatch, json, true);
    }

    /** A PATCH as a page of another site would try it: no X-Requested-With. */
    Answer patchWithoutRequestedWith(String path, String ifMatch, String json) throws Exception {
        return patch(path, ifMatch, json, false);
    }

    private Answer patch(String path, String ifMatch, String json, boolean requestedWith) throws Exception {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json));
        if (requestedWith) {
            request.header("X-Requested-With", "Kojo-Test");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.httpsBase() + BASE + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (foreignSession != null) {
            request.header("Cookie", "JSESSIONID=" + foreignSession);
        }
        return request;
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body(), response);
    }

    /** A response: status, body as text and as JSON. */
    record Answer(int status, String body, HttpResponse<String> response) {
        ModelNode json() {
            return ModelNode.fromJSONString(body);
        }

        String message() {
            return json().get("message").asString();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        List<String> headers(String name) {
            return new ArrayList<>(response.headers().allValues(name));
        }

        boolean isJson() {
            String type = header("Content-Type");
            return type != null && type.startsWith("application/json");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
