package jp.kojo.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import jp.kojo.certificate.boundary.CertificateSerials;

/** The client certificate on this request's TLS connection: its serial and its SHA-256 fingerprint. */
record PresentedCertificate(String serial, String fingerprint) {
    static final String CERTIFICATE_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";
    static final PresentedCertificate NONE = new PresentedCertificate(null, null);

    static PresentedCertificate of(HttpServletRequest request) {
        Object attribute = request.getAttribute(CERTIFICATE_ATTRIBUTE);
        if (attribute instanceof X509Certificate[] chain && chain.length > 0) {
            return new PresentedCertificate(CertificateSerials.normalise(chain[0].getSerialNumber()),
                    fingerprint(chain[0]));
        }
        return NONE;
    }

    /** Lower-case hex SHA-256 of the DER encoding, as stored at issue. */
    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
