package jp.kojo.load;

import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;

/**
 * The month-end peak: the organisations' clerks log in with their own client certificate and password, open the
 * request list, filter it, download it as CSV and PDF, enter results on the payroll results page (two lines not
 * deducted, the rest deducted in full), with think times between; then each organisation's master logs in,
 * approves and sends. The population is {@link LoadPopulation}'s; system properties: kojo.load.baseUrl,
 * kojo.load.population (its folder), kojo.load.organisations (default: all of it), kojo.load.rampSeconds.
 * <p>
 * A virtual user presents the certificate of its own account: Gatling asks for a user's key manager by the user's
 * id, and the clerks are users 1..N, the masters (started after every clerk is done) N+1..2N, so the account is a
 * function of the id alone, the same for the key manager and for the login form.
 */
public class MonthEndPeakSimulation extends Simulation {
    private static final String BASE_URL = System.getProperty("kojo.load.baseUrl", "https://localhost:9093/kojo");
    private static final Path POPULATION = Path.of(System.getProperty("kojo.load.population", "target/load/population"));
    private static final List<String[]> ACCOUNTS = accounts();
    private static final int ORGANISATIONS = Integer.getInteger("kojo.load.organisations", ACCOUNTS.size());
    private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("kojo.load.rampSeconds", 120));
    private static final String VIEW_STATE = "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"";
    private static final String NONCE = "PrimeFaces\\.csp\\.init\\('([^']+)'\\)";

    private static List<String[]> accounts() {
        try {
            return Files.readAllLines(POPULATION.resolve("accounts.csv"), StandardCharsets.UTF_8).stream().skip(1)
                    .map(line -> line.split(",")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No load population in " + POPULATION + " (LoadPopulation writes it)", e);
        }
    }

    /** Clerks are users 1..N, masters N+1..2N: both the key manager and the login form ask this. */
    static String loginOf(long userId) {
        long index = Math.floorMod(userId - 1, 2L * ORGANISATIONS);
        String[] account = ACCOUNTS.get((int) (index % ORGANISATIONS));
        return index < ORGANISATIONS ? account[1] : account[2];
    }

    static String cycleOf(long userId) {
        return ACCOUNTS.get((int) (Math.floorMod(userId - 1, 2L * ORGANISATIONS) % ORGANISATIONS))[3];
    }

    static KeyManagerFactory keyManager(long userId) {
        char[] passphrase = LoadPopulation.PASSPHRASE.toCharArray();
        try (InputStream in = Files.newInputStream(POPULATION.resolve(loginOf(userId) + ".p12"))) {
            KeyStore key = KeyStore.getInstance("PKCS12");
            key.load(in, passphrase);
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(key, passphrase);
            return factory;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Key of user " + userId, e);
        }
    }

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .perUserKeyManagerFactory(MonthEndPeakSimulation::keyManager)
            .userAgentHeader("Kojo month-end load test (Gatling)")
            .acceptHeader("text/html,application/xhtml+xml,*/*;q=0.8");

    /** A Faces page: kept are its view state and CSP nonce, which every postback of its forms sends back. */
    private static HttpRequestActionBuilder page(String name, String path) {
        return http(name).get(path).check(regex(VIEW_STATE).saveAs("viewState"), regex(NONCE).saveAs("nonce"));
    }

    /** A postback of one form of the current page, as the browser sends it (non-ajax, as the system tests do). */
    private static HttpRequestActionBuilder postback(String name, String path, String form) {
        return http(name).post(path).formParam(form, form)
                .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}");
    }

    private static final ChainBuilder LOGIN = exec(session -> session.set("login", loginOf(session.userId()))
                    .set("cycle", cycleOf(session.userId())))
            .exec(page("login page", "/public/login.xhtml"))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(postback("login", "/public/login.xhtml", "login")
                    .formParam("login:loginId", "#{login}").formParam("login:password", LoadPopulation.PASSWORD)
                    .formParam("login:submit", "")
                    .check(currentLocationRegex(".*/menu\\.xhtml"), substring("#{login}")));

    private final ScenarioBuilder clerk = scenario("Clerk: list, filter, CSV, PDF, results")
            .exec(LOGIN)
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(page("request list", "/deduction/list.xhtml").check(substring("#{cycle}")))
            .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
            .exec(http("filter (ajax)").post("/deduction/list.xhtml")
                    .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                    // As PrimeFaces sends it: without the charset the server would read the kana as ISO-8859-1.
                    .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("jakarta.faces.partial.ajax", "true").formParam("jakarta.faces.source", "list:filter")
                    .formParam("jakarta.faces.partial.execute", "list")
                    .formParam("jakarta.faces.partial.render", "list:lines list:downloads list:ended-section")
                    .formParam("list:filter", "list:filter").formParam("list", "list")
                    // Every field of the form, as the browser sends them: a missing cycle menu would unset the cycle.
                    .formParam("list:cycle_input", "#{cycle}").formParam("list:personNumber", "")
                    .formParam("list:employeeNumber", "").formParam("list:nameKana", "ミナト")
                    .formParam("list:product_input", "").formParam("list:change_input", "")
                    .formParam("list:status_input", "")
                    .formParam("jakarta.faces.ViewState", "#{viewState}").formParam("primefaces.nonce", "#{nonce}")
                    .check(substring("partial-response"), substring("ミナト"), substring("ヤマダ").notExists(),
                            substring("<error>").notExists()))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(http("download CSV").get("/deduction/export").queryParam("cycle", "#{cycle}")
                    .queryParam("format", "csv").queryParam("nameKana", "ミナト")
                    .check(header("Content-Disposition").transform(v -> v.contains(".csv")).is(true)))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(http("download PDF").get("/deduction/export").queryParam("cycle", "#{cycle}")
                    .queryParam("format", "pdf")
                    .check(header("Content-Type").is("application/pdf"), bodyLength().gt(1000)))
            .pause(Duration.ofSeconds(3), Duration.ofSeconds(8))
            .exec(page("results page", "/deduction/results.xhtml?cycle=#{cycle}")
                    .check(regex("data-rk=\"(\\d+)\"").findAll().saveAs("lineIds")))
            .pause(Duration.ofSeconds(5), Duration.ofSeconds(10))
            .exec(session -> {
                List<String> ids = session.getList("lineIds");
                return session.set("targets", ids.get(0) + ":0," + ids.get(1) + ":0");
            })
            .exec(postback("mark two lines not deducted", "/deduction/results.xhtml", "entry")
                    .formParam("entry:targets", "#{targets}").formParam("entry:result", "NOT_DEDUCTED")
                    .formParam("entry:amount", "0").formParam("entry:reason", "RETIRED").formParam("entry:note", "")
                    .formParam("entry:save", "")
                    .check(substring("2件の明細の結果を保存しました。")))
            .pause(Duration.ofSeconds(3), Duration.ofSeconds(6))
            .exec(postback("mark the rest deducted", "/deduction/results.xhtml", "lines")
                    .formParam("lines:all-without-result", "")
                    .check(substring("件の明細を全額控除として保存しました。")));

    private final ScenarioBuilder master = scenario("Master: approve and send")
            .exec(LOGIN)
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(5))
            .exec(page("results page (master)", "/deduction/results.xhtml?cycle=#{cycle}"))
            .pause(Duration.ofSeconds(3), Duration.ofSeconds(6))
            .exec(postback("approve", "/deduction/results.xhtml", "actions").formParam("actions:approve", "")
                    .check(substring("承認しました。送信できます。")))
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(4))
            .exec(postback("send", "/deduction/results.xhtml", "actions").formParam("actions:send", "")
                    .check(substring("控除結果を送信しました。")));

    {
        setUp(clerk.injectOpen(rampUsers(ORGANISATIONS).during(RAMP))
                .andThen(master.injectOpen(rampUsers(ORGANISATIONS).during(RAMP.dividedBy(2)))))
                .protocols(protocol);
    }
}
