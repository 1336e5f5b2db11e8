package jp.kojo.web.registration;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Who proved its login id and password on the certificate page (or just registered) in this session, with
 * no certificate yet; and the one issued file waiting for its single download. Nothing else is reachable
 * with it: the session is not logged in.
 */
@SessionScoped
public class CertificateApplicant implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private String loginId;
    private String downloadToken;
    private byte[] download;
    private String fileName;
    private String contentType;

    public synchronized void start(String provenLoginId) {
        loginId = provenLoginId;
        downloadToken = null;
        download = null;
    }

    /** Keeps the file for one download and answers the token of its link; the applicant is done. */
    public synchronized String offer(byte[] content, String name, String type) {
        loginId = null;
        download = content;
        fileName = name;
        contentType = type;
        byte[] token = new byte[16];
        RANDOM.nextBytes(token);
        downloadToken = HexFormat.of().formatHex(token);
        return downloadToken;
    }

    /** The file for this token, once; null for any other token or a second time. */
    public synchronized Download take(String token) {
        if (downloadToken == null || token == null || !java.security.MessageDigest.isEqual(
                downloadToken.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                token.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return null;
        }
        Download taken = new Download(download, fileName, contentType);
        downloadToken = null;
        download = null;
        return taken;
    }

    public synchronized String loginId() {
        return loginId;
    }

    public synchronized void forget() {
        loginId = null;
    }

    public record Download(byte[] content, String fileName, String contentType) implements Serializable {
    }
}
