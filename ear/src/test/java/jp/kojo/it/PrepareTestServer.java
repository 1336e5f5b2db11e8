package jp.kojo.it;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Properties;
import jp.kojo.calendar.boundary.ServiceStatus;
import jp.kojo.calendar.control.BusinessCalendar;
import jp.kojo.calendar.control.JapaneseHolidays;
import jp.kojo.calendar.control.ServiceHours;
import jp.kojo.certificate.control.KeyMaterialSetup;
import jp.kojo.platform.ClockProducer;

/**
 * Lays out a fresh test server before the system tests: key material, a copy of the configured
 * standalone folder as its own base dir, an empty database and the start-up properties.
 * Arguments: wildflyDir itServer itHome db dbUrl dbUser dbPassword
 */
public final class PrepareTestServer {
    public static void main(String[] args) throws Exception {
        Path wildfly = Path.of(args[0]);
        Path server = Path.of(args[1]);
        Path home = Path.of(args[2]);
        String db = args[3];
        String url = args[4];
        String user = args[5];
        String password = args.length > 6 ? args[6] : "";

        for (String stale : new String[] {"db", "demo", "interchange"}) {
            deleteTree(home.resolve(stale));
        }
        KeyMaterialSetup.ensure(home, Clock.systemUTC());
        deleteTree(server);
        copyTree(wildfly.resolve("standalone/configuration"), server.resolve("configuration"));
        deleteTree(server.resolve("configuration/standalone_xml_history"));
        Files.createDirectories(server.resolve("deployments"));
        Files.createDirectories(home.resolve("interchange/inbox"));
        if (db.equals("postgresql")) {
            recreatePostgresDatabase(url, user, password);
        }

        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(home.resolve("kojo.properties"), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        properties.setProperty("kojo.home", home.toAbsolutePath().toString());
        properties.setProperty("kojo.db.driver", db);
        properties.setProperty("kojo.db.url", url);
        properties.setProperty("kojo.db.user", user);
        properties.setProperty("kojo.db.password", password);
        properties.setProperty("kojo.demo", "true");
        // Mail goes to the system tests' own SMTP server (GreenMail, see TestMail) on this port (ear/pom.xml,
        // it.smtp.port; another value when several suites run side by side).
        properties.setProperty("kojo.smtp.host", "127.0.0.1");
        properties.setProperty("kojo.smtp.port", System.getProperty("it.smtp.port", "2525"));
        // Where the test server publishes its CRL, named in the certificates it issues (CertificateBindingIT).
        properties.setProperty("kojo.crl.url", "https://localhost:" + System.getProperty("it.https.port", "8543")
                + "/kojo/public/kojo.crl");
        // Organisations may use Kojo only in its service hours: the test server's clock stands in them.
        properties.setProperty("kojo.clock.offset", offsetIntoServiceHours(ZonedDateTime.now(ClockProducer.TOKYO)).toString());
        try (Writer out = Files.newBufferedWriter(home.resolve("server.properties"), StandardCharsets.UTF_8)) {
            properties.store(out, "Start-up properties of the test server");
        }
        System.out.println("Test server prepared: base dir " + server + ", data " + home + ", database " + url);
    }

    /**
     * Zero when the service is open now and stays open for the next three hours (a whole suite's length),
     * else the way forward to 9:00 of the next business day; never backwards, so certificates issued now are
     * already valid by the server's clock.
     */
    static Duration offsetIntoServiceHours(ZonedDateTime now) {
        ServiceHours hours = new ServiceHours(new BusinessCalendar(JapaneseHolidays::of), LocalTime.of(8, 0),
                LocalTime.of(20, 0), List.of(), ClockProducer.TOKYO);
        if (hours.at(now).open() && hours.at(now.plusHours(3)).open()) {
            return Duration.ZERO;
        }
        ServiceStatus later = hours.at(now.plusHours(3));
        ZonedDateTime opening = later.open() ? now.plusHours(3) : later.nextOpening();
        return Duration.between(now, opening.plusHours(1));
    }


    static void recreatePostgresDatabase(String url, String user, String password) throws Exception {
        onPostgresServer(url, user, password, "DROP DATABASE IF EXISTS %s WITH (FORCE)", "CREATE DATABASE %s");
    }

    static void dropPostgresDatabase(String url, String user, String password) throws Exception {
        onPostgresServer(url, user, password, "DROP DATABASE IF EXISTS %s WITH (FORCE)");
    }

    /** Runs statements about the URL's database ({@code %s}) from the server's {@code postgres} database. */
    private static void onPostgresServer(String url, String user, String password, String... statements) throws Exception {
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1).replaceAll("[?].*", "");
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Unexpected test database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(String.format(sql, name));
            }
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
