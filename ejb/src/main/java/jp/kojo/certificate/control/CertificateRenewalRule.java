package jp.kojo.certificate.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.OptionalInt;

/**
 * 電子証明書の更新: renewal opens 30 days before expiry (counted in calendar days of the expiry date), and the
 * user is mailed 30 and 10 days before. Each reminder has its own band of days, so a daily job mails each once
 * and a job that missed the 30-day band (an outage) still sends the 10-day one.
 */
public final class CertificateRenewalRule {
    public static final int WINDOW_DAYS = 30;
    public static final int FIRST_REMINDER_DAYS = 30;
    public static final int LAST_REMINDER_DAYS = 10;

    private CertificateRenewalRule() {
    }

    /** The first day the certificate can be renewed. */
    public static LocalDate opensOn(LocalDateTime notAfter) {
        return notAfter.toLocalDate().minusDays(WINDOW_DAYS);
    }

    /** Whether a live certificate expiring at {@code notAfter} can be renewed now. */
    public static boolean renewable(LocalDateTime notAfter, LocalDateTime now) {
        return now.isBefore(notAfter) && !now.toLocalDate().isBefore(opensOn(notAfter));
    }

    /** The reminder (days before expiry) whose band today falls in, if any: 30 in [-30, -10), 10 in [-10, expiry). */
    public static OptionalInt reminderDue(LocalDateTime notAfter, LocalDateTime now) {
        if (!now.isBefore(notAfter)) {
            return OptionalInt.empty();
        }
        LocalDate today = now.toLocalDate();
        LocalDate expiry = notAfter.toLocalDate();
        if (!today.isBefore(expiry.minusDays(LAST_REMINDER_DAYS))) {
            return OptionalInt.of(LAST_REMINDER_DAYS);
        }
        if (!today.isBefore(expiry.minusDays(FIRST_REMINDER_DAYS))) {
            return OptionalInt.of(FIRST_REMINDER_DAYS);
        }
        return OptionalInt.empty();
    }
}
