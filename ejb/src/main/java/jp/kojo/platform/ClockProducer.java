package jp.kojo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The one clock of the application. System property {@code kojo.clock.fixed} (an ISO instant) pins it,
 * so tests and demos can stand on a Sunday, a holiday or December 31.
 */
@ApplicationScoped
public class ClockProducer {
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Produces
    @ApplicationScoped
    public Clock clock() {
        String fixed = System.getProperty("kojo.clock.fixed");
        if (fixed != null && !fixed.isBlank()) {
            return Clock.fixed(Instant.parse(fixed), TOKYO);
        }
        return Clock.system(TOKYO);
    }
}
