package jp.kojo.platform;

import java.nio.file.Path;

/**
 * Kojo's data folder outside the deployment (system property {@code kojo.home}): the CA keystore, TLS key
 * material, the H2 database, interchange inbox and reports, demo certificates.
 */
public final class KojoHome {
    public static final String PROPERTY = "kojo.home";

    private KojoHome() {
    }

    public static Path dir() {
        String home = System.getProperty(PROPERTY);
        if (home == null || home.isBlank()) {
            throw new IllegalStateException("System property " + PROPERTY + " is not set");
        }
        return Path.of(home);
    }

    /** Files the host sends, waiting to be loaded. */
    public static Path inbox() {
        return dir().resolve("interchange").resolve("inbox");
    }

    /** Files Kojo writes for the host (the results file of deduction-results-out). */
    public static Path outbox() {
        return dir().resolve("interchange").resolve("outbox");
    }

    /** Rejection reports and other files Kojo writes about interchange files. */
    public static Path reports() {
        return dir().resolve("interchange").resolve("reports");
    }
}
