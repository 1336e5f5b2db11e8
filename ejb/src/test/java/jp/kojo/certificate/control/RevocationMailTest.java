package jp.kojo.certificate.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import jp.kojo.certificate.entity.RevocationReason;
import org.junit.jupiter.api.Test;

class RevocationMailTest {
    @Test
    void theMailSaysWhoseCertificateWhenAndHowToGetANewOne() {
        String body = RevocationMail.body("試験 太郎", "user01", RevocationReason.BANK_REQUEST,
                LocalDateTime.of(2026, 12, 1, 9, 5));
        assertTrue(body.startsWith("試験 太郎 様\n"), body);
        assertTrue(body.contains("ログインID user01 の電子証明書を2026年12月1日 9時05分に失効させました。"), body);
        assertTrue(body.contains("失効の区分: 電子証明書失効依頼書による失効"), body);
        assertTrue(body.contains("「電子証明書の発行」"), body);
    }
}
