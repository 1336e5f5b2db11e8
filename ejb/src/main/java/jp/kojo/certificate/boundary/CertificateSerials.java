package jp.kojo.certificate.boundary;

import java.math.BigInteger;
import java.util.Locale;

/**
 * The one canonical text form of a certificate serial number: lower-case hex, no leading zeros, no separators.
 * Serials arrive in many spellings (BigInteger from X509Certificate, "0A:1B:..." from tools, upper case from
 * browsers), so everything that stores or compares serials goes through here.
 */
public final class CertificateSerials {

    private CertificateSerials() {
    }

    /** Canonical form of a serial; X.509 serials are non-negative, a negative one is rejected. */
    public static String normalise(BigInteger serial) {
        if (serial == null) {
            throw new IllegalArgumentException("serial is null");
        }
        if (serial.signum() < 0) {
            throw new IllegalArgumentException("negative certificate serial: " + serial);
        }
        return serial.toString(16);
    }

    /**
     * Canonical form of a hex serial written by a person or a tool: upper case, colons, spaces and leading
     * zeros are accepted (an optional "0x" prefix too).
     */
    public static String normalise(String hex) {
        if (hex == null) {
            throw new IllegalArgumentException("serial is null");
        }
        String s = hex.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("0x")) {
            s = s.substring(2);
        }
        StringBuilder digits = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || c == ' ') {
                continue;
            }
            if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) {
                digits.append(c);
            } else {
                throw new IllegalArgumentException("not a hex certificate serial: " + hex);
            }
        }
        if (digits.length() == 0) {
            throw new IllegalArgumentException("not a hex certificate serial: " + hex);
        }
        return normalise(new BigInteger(digits.toString(), 16));
    }
}
