package jp.kojo.it;

import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A second Kojo server beside the Arquillian-managed one, as an OS process that a test may {@code kill -9}: the same
 * provisioned WildFly, a base dir made from its configured template, a data folder holding a copy of the test
 * server's key material (so the tests' trust and TLS work unchanged) and a database of its own (H2: a file in its
 * data folder; PostgreSQL: the suite's database name plus {@code _crash}, made anew and dropped by the test).
 *
 * <p>Ports: the suite's offset plus {@value #OFFSET_DISTANCE} (or {@code -Dit.crash.port.offset}), so that the two
 * suites CI runs side by side (offsets 100 and 300) do not meet. Its mail goes to a port where nothing listens (the
 * suite's SMTP port plus {@value #OFFSET_DISTANCE}), never to the mail tests' GreenMail; its timers are not
 * persistent and its data folder and database are its own, so nothing of it reaches the main test server.
 */
final class KillableServer implements AutoCloseable {
    static final int OFFSET_DISTANCE = 50;
    private static final long START_TIMEOUT_SECONDS = 300;

    private final Path wildfly = Path.of(System.getProperty("kojo.wildfly.dir"));
    private final Path base = Path.of(System.getProperty("it.server")).resolveSibling("crash-server");
    private final Path home = Path.of(System.getProperty("it.home")).resolveSibling("crash-home");
    private final int offset = Integer.getInteger("it.crash.port.offset",
            Integer.getInteger("it.port.offset", 100) + OFFSET_DISTANCE);
    private final String db = System.getProperty("kojo.db", "h2");
    private final String user = System.getProperty("kojo.db.user");
    private final String password = System.getProperty("kojo.db.password", "");
    private final String dbUrl;
    private Process script;
    private volatile ProcessHandle java;

    private KillableServer() {
        String suiteUrl = System.getProperty("kojo.db.url");
        if (db.equals("postgresql")) {
            dbUrl = suiteUrl.replaceFirst("/([a-z_][a-z0-9_]*)(\\?.*)?$", "/$1_crash$2");
        } else {
            String suiteHome = Path.of(System.getProperty("it.home")).toString();
            if (!suiteUrl.contains(suiteHome)) {
                throw new IllegalStateException("The H2 URL " + suiteUrl + " is not under it.home " + suiteHome);
            }
            // LOCK_TIMEOUT: a step may wait for a row the test holds until the kill (one second by default).
            dbUrl = suiteUrl.replace(suiteHome, home.toString()) + ";LOCK_TIMEOUT=120000";
        }
        if (dbUrl.equals(suiteUrl)) {
            throw new IllegalStateException("No database of its own derived from " + suiteUrl);
        }
    }

    /** Lays out base dir, data folder and an empty database, and starts the server with the EAR deployed. */
    static KillableServer started() throws Exception {
        KillableServer server = new KillableServer();
        // Never outlives the tests' JVM, even when the tests are cut short.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ProcessHandle java = server.java;
            if (java != null) {
                java.destroyForcibly();
            }
        }));
        server.prepare();
        server.start();
        return server;
    }

    private void prepare() throws Exception {
        PrepareTestServer.deleteTree(base);
        PrepareTestServer.deleteTree(home);
        PrepareTestServer.copyTree(wildfly.resolve("standalone/configuration"), base.resolve("configuration"));
        PrepareTestServer.deleteTree(base.resolve("configuration/standalone_xml_history"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(Path.of(System.getProperty("kojo.ear")), base.resolve("deployments/kojo.ear"));

        // The test server's keys, certificates and credential store; not its database, demo users or files.
        Path suiteHome = Path.of(System.getProperty("it.home"));
        Set<String> own = Set.of("db", "demo", "interchange", "server.properties");
        Files.createDirectories(home);
        try (Stream<Path> entries = Files.list(suiteHome)) {
            for (Path entry : entries.filter(e -> !own.contains(e.getFileName().toString())).toList()) {
                if (Files.isDirectory(entry)) {
                    PrepareTestServer.copyTree(entry, home.resolve(entry.getFileName().toString()));
                } else {
                    Files.copy(entry, home.resolve(entry.getFileName().toString()));
                }
            }
        }
        Files.createDirectories(inbox());
        if (db.equals("postgresql")) {
            PrepareTestServer.recreatePostgresDatabase(dbUrl, user, password);
        }

        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(suiteHome.resolve("server.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        properties.setProperty("kojo.home", home.toAbsolutePath().toString());
        properties.setProperty("kojo.db.url", dbUrl);
        properties.setProperty("kojo.smtp.port",
                Integer.toString(Integer.getInteger("it.smtp.port", 2525) + OFFSET_DISTANCE));
        properties.setProperty("kojo.crl.url", httpsBase() + "/public/kojo.crl");
        try (Writer out = Files.newBufferedWriter(home.resolve("server.properties"), StandardCharsets.UTF_8)) {
            properties.store(out, "Start-up properties of the server CrashRestartIT kills");
        }
    }

    /** Starts WildFly (the data and database as they are) and waits until Kojo is deployed. */
    void start() throws Exception {
        Path deployments = base.resolve("deployments");
        for (String marker : new String[] {"deployed", "failed", "isdeploying", "pending", "undeployed"}) {
            Files.deleteIfExists(deployments.resolve("kojo.ear." + marker));
        }
        ProcessBuilder builder = new ProcessBuilder(wildfly.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + offset,
                "--properties=" + home.resolve("server.properties"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.log").toFile()));
        builder.environment().put("JAVA_OPTS", "-Xms128m -Xmx768m -Djava.net.preferIPv4Stack=true");
        script = builder.start();
        java = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (!Files.exists(deployments.resolve("kojo.ear.deployed"))) {
            if (Files.exists(deployments.resolve("kojo.ear.failed"))) {
                throw new IllegalStateException("Kojo failed to deploy: "
                        + Files.readString(deployments.resolve("kojo.ear.failed")) + "; see " + base.resolve("log"));
            }
            if (!script.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("The server did not start; see " + base.resolve("console.log"));
            }
            Thread.sleep(250);
        }
        java = javaProcess().orElseThrow(() -> new IllegalStateException("No java process under " + script.pid()));
    }

    /** Starts the server unless it runs (a test before may have failed between a kill and the start). */
    void ensureRunning() throws Exception {
        if (java == null || !java.isAlive()) {
            kill();
            start();
        }
    }

    /** The server's JVM: standalone.sh's child, the process a kill -9 of an operator would hit. */
    private Optional<ProcessHandle> javaProcess() {
        return script.toHandle().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .findFirst();
    }

    /**
     * Makes what is committed durable before a kill, as PostgreSQL does at each commit: H2 writes commits to its file
     * up to a second later (its write delay), so a kill would also take back what the test saw committed.
     */
    void flushDatabase() throws SQLException {
        if (!db.equals("postgresql")) {
            try (Connection c = database(); java.sql.Statement statement = c.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        }
    }

    /** {@code kill -9} of the server's JVM: no shutdown hook, no transaction or step ends; waits until it is gone. */
    void kill() throws Exception {
        if (java != null && java.isAlive()) {
            java.destroyForcibly(); // SIGKILL on Unix
            java.onExit().get(60, TimeUnit.SECONDS);
        }
        if (script != null) {
            script.waitFor(60, TimeUnit.SECONDS);
        }
        java = null;
    }

    String httpsBase() {
        return "https://localhost:" + (8443 + offset) + "/kojo";
    }

    Path home() {
        return home;
    }

    Path inbox() {
        return home.resolve("interchange/inbox");
    }

    /** A logged-in client of this server, presenting the certificate this server's demo data issued. */
    KojoBrowserlessClient loggedIn(String loginId) throws Exception {
        KeyStore key = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(home.resolve("demo").resolve(loginId + ".p12"))) {
            key.load(in, TestServer.CERTIFICATE_PASSPHRASE.toCharArray());
        }
        return KojoBrowserlessClient.of(httpsBase(),
                TestServer.tls(key, TestServer.CERTIFICATE_PASSPHRASE.toCharArray())).loggedInAs(loginId);
    }

    /** A connection to this server's database (on H2 through the server while it runs: AUTO_SERVER). */
    Connection database() throws SQLException {
        return DriverManager.getConnection(dbUrl, user, password);
    }

    /** Kills the server if it runs and drops its PostgreSQL database; the folders stay for a look after a failure. */
    @Override
    public void close() throws Exception {
        try {
            kill();
        } finally {
            if (script != null && script.isAlive()) {
                script.destroyForcibly();
            }
            if (db.equals("postgresql")) {
                PrepareTestServer.dropPostgresDatabase(dbUrl, user, password);
            }
        }
    }
}
