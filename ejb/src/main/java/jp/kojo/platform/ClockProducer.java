package jp.kojo.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of the application, in Tokyo time. The server's system properties {@code kojo.clock.fixed}
 * (an ISO instant) and {@code kojo.clock.offset} (an ISO duration) move it, read at every tick, so tests, demos
 * and operators can stand on a Sunday, a holiday or December 31 without a restart (see
 * {@link ConfigurableClock}).
 */
@ApplicationScoped
public class ClockProducer {
    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Produces
    @ApplicationScoped
    public Clock clock() {
        return new ConfigurableClock(Clock.system(TOKYO));
    }
}
