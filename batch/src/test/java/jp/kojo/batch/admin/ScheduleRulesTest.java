package jp.kojo.batch.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import jp.kojo.batch.boundary.InvalidJobRequestException;
import jp.kojo.batch.boundary.InvalidJobRequestException.Reason;
import jp.kojo.batch.boundary.JobDefinition;
import jp.kojo.batch.boundary.JobStartRequest;
import jp.kojo.platform.ClockProducer;
import org.junit.jupiter.api.Test;

class ScheduleRulesTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 10, 0, 0);
    /** Kojo's clock in Tokyo, whatever zone the test machine is in. */
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(NOW, ClockProducer.TOKYO).toInstant(),
            java.time.ZoneOffset.UTC);

    private static Reason refusal(Runnable call) {
        return assertThrows(InvalidJobRequestException.class, call::run).reason();
    }

    @Test
    void theDelayRunsFromKojosClockToTheTokyoTime() {
        assertEquals(Duration.ofSeconds(90), ScheduleRules.delay(NOW.plusSeconds(90), CLOCK));
        assertEquals(Duration.ofDays(1), ScheduleRules.delay(NOW.plusDays(1), CLOCK));
    }

    @Test
    void nowAndThePastAreRefused() {
        assertEquals(Reason.NOT_IN_FUTURE, refusal(() -> ScheduleRules.delay(NOW, CLOCK)));
        assertEquals(Reason.NOT_IN_FUTURE, refusal(() -> ScheduleRules.delay(NOW.minusMinutes(1), CLOCK)));
        assertEquals(Reason.INVALID_TIME, refusal(() -> ScheduleRules.delay(null, CLOCK)));
    }

    @Test
    void aTimeIsReadAsTypedOrRefused() {
        assertEquals(LocalDateTime.of(2026, 12, 2, 10, 15), ScheduleRules.parse(" 2026-12-02T10:15 "));
        assertEquals(LocalDateTime.of(2026, 12, 2, 10, 15, 30), ScheduleRules.parse("2026-12-02T10:15:30"));
        assertEquals(Reason.INVALID_TIME, refusal(() -> ScheduleRules.parse("2026/12/02 10:15")));
        assertEquals(Reason.INVALID_TIME, refusal(() -> ScheduleRules.parse("")));
        assertEquals(Reason.INVALID_TIME, refusal(() -> ScheduleRules.parse(null)));
    }

    @Test
    void aReasonIsRequiredAndKeptToTheColumnsSize() {
        assertEquals(Reason.REASON_REQUIRED, refusal(() -> ScheduleRules.reason("  ", "job")));
        assertEquals(Reason.REASON_REQUIRED, refusal(() -> ScheduleRules.reason(null, 7L)));
        assertEquals("夜間に取込", ScheduleRules.reason(" 夜間に取込 ", "job"));
        assertEquals(ScheduleRules.MAX_REASON, ScheduleRules.reason("x".repeat(300), "job").length());
    }

    @Test
    void onlyTheParametersTheJobAsksForAreKeptAndShown() {
        JobStartRequest form = new JobStartRequest("a.dat", "FIXED", "UTF-8", "203901", "MONTHLY", "24", null);
        JobStartRequest cycle = ScheduleRules.relevant(JobDefinition.Parameters.YEAR_MONTH_KIND, form);
        assertEquals("kind=MONTHLY yearMonth=203901", ScheduleRules.describe(cycle));
        JobStartRequest file = ScheduleRules.relevant(JobDefinition.Parameters.INBOX_FILE, form);
        assertEquals("fileName=a.dat format=FIXED", ScheduleRules.describe(file));
        JobStartRequest csv = ScheduleRules.relevant(JobDefinition.Parameters.INBOX_FILE,
                JobStartRequest.file("b.csv", "CSV", "windows-31j"));
        assertEquals("encoding=windows-31j fileName=b.csv format=CSV", ScheduleRules.describe(csv));
        assertEquals("", ScheduleRules.describe(ScheduleRules.relevant(JobDefinition.Parameters.NONE, form)));
    }
}
