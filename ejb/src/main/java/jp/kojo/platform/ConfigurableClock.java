package jp.kojo.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock unless the system property {@code kojo.clock.fixed} pins it to an instant, or
 * {@code kojo.clock.offset} shifts it by a duration (e.g. {@code PT14H}). The properties are read at every
 * call, so an operator can change them through WildFly's management interface while the server runs.
 */
public final class ConfigurableClock extends Clock {
    public static final String FIXED = "kojo.clock.fixed";
    public static final String OFFSET = "kojo.clock.offset";

    private final Clock system;

    public ConfigurableClock(Clock system) {
        this.system = system;
    }

    @Override
    public Instant instant() {
        String fixed = System.getProperty(FIXED);
        if (fixed != null && !fixed.isBlank()) {
            return Instant.parse(fixed.strip());
        }
        String offset = System.getProperty(OFFSET);
        if (offset != null && !offset.isBlank()) {
            return system.instant().plus(Duration.parse(offset.strip()));
        }
        return system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ConfigurableClock(system.withZone(zone));
    }
}
