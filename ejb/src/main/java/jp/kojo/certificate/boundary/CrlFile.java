package jp.kojo.certificate.boundary;

import java.time.LocalDateTime;

/** The published CRL as served: DER bytes, its number and dates (Tokyo time). */
public record CrlFile(byte[] der, long crlNumber, LocalDateTime thisUpdate, LocalDateTime nextUpdate) {
}
