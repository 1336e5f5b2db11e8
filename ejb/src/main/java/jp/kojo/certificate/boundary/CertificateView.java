package jp.kojo.certificate.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A user's live certificate as screens show it; renewable from {@code renewableFrom} (30 days before expiry). */
public record CertificateView(String loginId, String serialHex, String fingerprint, LocalDateTime notBefore,
                              LocalDateTime notAfter, LocalDate renewableFrom, boolean renewable) {
}
