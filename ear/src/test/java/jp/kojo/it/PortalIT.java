package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The public portal over HTTPS without a client certificate, the root address, and the notices after login. */
@ExtendWith(ArquillianExtension.class)
class PortalIT {
    private final KojoBrowserlessClient visitor = new KojoBrowserlessClient(null);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void frontPageShowsPublicNoticesNewestFirstAndNothingElse() throws Exception {
        LocalDateTime now = serverNow();
        String newer = notice("PUBLIC", now.minusMinutes(5), null);
        String older = notice("PUBLIC", now.minusDays(2), null);
        String withdrawn = notice("PUBLIC", now.minusDays(3), now.minusMinutes(1));
        String future = notice("PUBLIC", now.plusDays(3), null);
        String members = notice("MEMBERS", now.minusMinutes(5), null);
        String employers = notice("EMPLOYERS", now.minusMinutes(5), null);
        String organisations = notice("ORGANIZATIONS", now.minusMinutes(5), null);

        HttpResponse<byte[]> response = visitor.get("/");
        assertEquals(200, response.statusCode());
        String page = text(response);
        assertTrue(page.contains(newer) && page.contains(older), "both public notices listed");
        assertTrue(page.indexOf(newer) < page.indexOf(older), "newest first");
        assertTrue(page.contains("/public/notice.xhtml?id=" + id(newer)), "each notice links to its own page");
        for (String hidden : new String[] {withdrawn, future, members, employers, organisations}) {
            assertFalse(page.contains(hidden), hidden + " must not be on the public page");
        }
        assertTrue(page.contains("/public/login.xhtml"), "login button");
        for (String link : new String[] {"/public/start.xhtml", "/public/environment.xhtml", "/public/contact.xhtml",
                "/public/forms.xhtml", "/public/manual.xhtml?m=lump-sum", "/public/manual/lump-sum.pdf"}) {
            assertTrue(page.contains(link), "link to " + link);
        }
        assertTrue(page.contains("0120-000-000"));
        assertTrue(page.contains("平日 9:00〜18:00"), "contact hours");
        assertTrue(page.contains("平日 8:00〜20:00"), "service hours");
        assertEquals(200, visitor.get("/index.xhtml").statusCode());
    }

    @Test
    void noticePageShowsTheBodyAsEscapedTextWithItsLineBreaks() throws Exception {
        String title = notice("PUBLIC", serverNow().minusHours(1), null);
        TestServer.update("UPDATE notice SET body = ? WHERE title = ?", "一行目です。\n<script>alert('x')</script> & 二行目", title);
        HttpResponse<byte[]> response = visitor.get("/public/notice.xhtml?id=" + id(title));
        assertEquals(200, response.statusCode());
        String page = text(response);
        assertTrue(page.contains("<h1 class=\"kojo-title\">" + title + "</h1>"), "the title is the heading");
        assertTrue(page.contains("一行目です。\n&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 二行目")
                || page.contains("一行目です。\n&lt;script&gt;alert('x')&lt;/script&gt; &amp; 二行目"), page);
        assertFalse(page.contains("<script>alert"));
    }

    @Test
    void futureWithdrawnAndOtherAudienceNoticesAnswerLikeAMissingOne() throws Exception {
        LocalDateTime now = serverNow();
        long missing = TestServer.queryLong("SELECT COALESCE(MAX(id), 0) + 1000 FROM notice");
        HttpResponse<byte[]> reference = visitor.get("/public/notice.xhtml?id=" + missing);
        assertEquals(404, reference.statusCode());
        String notFound = withoutNonce(text(reference));
        assertTrue(notFound.contains("ページが見つかりません"));
        Map<String, String> hidden = Map.of(
                "withdrawn", notice("PUBLIC", now.minusDays(3), now.minusMinutes(1)),
                "future", notice("PUBLIC", now.plusDays(3), null),
                "members only", notice("MEMBERS", now.minusDays(1), null),
                "employers only", notice("EMPLOYERS", now.minusDays(1), null));
        for (Map.Entry<String, String> notice : hidden.entrySet()) {
            HttpResponse<byte[]> response = visitor.get("/public/notice.xhtml?id=" + id(notice.getValue()));
            assertEquals(404, response.statusCode(), notice.getKey());
            assertEquals(notFound, withoutNonce(text(response)), notice.getKey() + " answers exactly like a missing id");
        }
        assertEquals(404, visitor.get("/public/notice.xhtml?id=abc").statusCode());
        assertEquals(404, visitor.get("/public/notice.xhtml").statusCode());
    }

    @Test
    void howToStartEnvironmentAndContactPages() throws Exception {
        assertPage("/public/start.xhtml", "ご利用開始までの流れ", "申込書の提出", "初期パスワードの届出", "初期登録",
                "本人認証・電子証明書の取得", "ログイン", "届出印", "本人確認書類");
        String start = visitor.getText("/public/start.xhtml");
        assertTrue(start.indexOf("申込書の提出") < start.indexOf("初期パスワードの届出")
                && start.indexOf("初期登録") < start.indexOf("本人認証・電子証明書の取得"), "steps in order");
        assertPage("/public/environment.xhtml", "動作環境", "Windows 10 / Windows 11", "Microsoft Edge",
                "Google Chrome", "macOS", "TLS 1.2", "PDF", "JavaScript", "Cookie", "1280");
        assertPage("/public/contact.xhtml", "お問い合わせ", "0120-000-000", "平日 9:00〜18:00", "平日 8:00〜20:00");
    }

    @Test
    void everyManualAsAPageAndAsAPdfWithTheFontEmbedded() throws Exception {
        Map<String, String[]> manuals = Map.of(
                "common", new String[] {"共通操作マニュアル（ログイン・電子証明書）", "ログインする"},
                "lump-sum", new String[] {"まとめ入金型 労金控除 操作マニュアル", "控除依頼リストを照会する"},
                "payroll", new String[] {"賃金控除型 労金控除 操作マニュアル", "控除結果を報告する（控除結果報告画面）"},
                "collective-savings", new String[] {"一斉積立 操作マニュアル", "積立の内訳を照会する（一斉積立内訳明細表）"},
                "zaikei", new String[] {"財形 操作マニュアル", "財形控除明細を照会する（財形明細照会画面）"});
        for (Map.Entry<String, String[]> manual : manuals.entrySet()) {
            String slug = manual.getKey();
            String title = manual.getValue()[0];
            String heading = manual.getValue()[1];
            assertPage("/public/manual.xhtml?m=" + slug, title, heading);

            HttpResponse<byte[]> pdf = visitor.get("/public/manual/" + slug + ".pdf");
            assertEquals(200, pdf.statusCode(), slug);
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertEquals(title, document.getDocumentInformation().getTitle());
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains(title) && text.contains(heading), slug + ": " + text);
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getFontNames()) {
                        PDFont font = page.getResources().getFont(name);
                        assertTrue(font.isEmbedded() && font.getName().contains("IPAex"), font.getName());
                    }
                }
            }
        }
        assertEquals(404, visitor.get("/public/manual.xhtml?m=nonexistent").statusCode());
        assertEquals(404, visitor.get("/public/manual/nonexistent.pdf").statusCode());
    }

    @Test
    void manualShowsTheScreenshotsOfTheRealScreens() throws Exception {
        String page = visitor.getText("/public/manual.xhtml?m=common");
        java.util.regex.Matcher image = java.util.regex.Pattern
                .compile("<img src=\"([^\"]*login\\.png[^\"]*)\" alt=\"([^\"]+)\"").matcher(page);
        assertTrue(image.find(), "login screenshot with an alt text: " + page);
        HttpResponse<byte[]> png = visitor.get("https://localhost:" + System.getProperty("it.https.port", "8543")
                + image.group(1).replace("&amp;", "&"));
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(visitor.get("/public/manual/common.pdf").body())) {
            long images = 0;
            for (PDPage p : document.getPages()) {
                for (COSName name : p.getResources().getXObjectNames()) {
                    images += p.getResources().isImageXObject(name) ? 1 : 0;
                }
            }
            assertEquals(2, images, "login and menu screenshots in the PDF");
        }
    }

    @Test
    void rootAddressLeadsToTheApplicationWithTheSecurityHeaders() throws Exception {
        int https = Integer.parseInt(System.getProperty("it.https.port", "8543"));
        HttpResponse<byte[]> secure = visitor.get("https://localhost:" + https + "/");
        assertEquals(302, secure.statusCode());
        assertTrue(secure.headers().firstValue("Location").orElse("").endsWith("/kojo/"),
                secure.headers().firstValue("Location").orElse("no Location"));
        assertEquals("nosniff", secure.headers().firstValue("X-Content-Type-Options").orElse(null));
        assertEquals("DENY", secure.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("same-origin", secure.headers().firstValue("Referrer-Policy").orElse(null));
        assertEquals("max-age=31536000", secure.headers().firstValue("Strict-Transport-Security").orElse(null));

        HttpResponse<Void> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + (https - 8443 + 8080) + "/")).build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, plain.statusCode());
        assertTrue(plain.headers().firstValue("Location").orElse("").endsWith("/kojo/"));
        assertEquals("DENY", plain.headers().firstValue("X-Frame-Options").orElse(null));
        assertFalse(plain.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS only over HTTPS");

        HttpResponse<byte[]> front = visitor.get("/");
        assertEquals(200, front.statusCode());
        assertEquals("DENY", front.headers().firstValue("X-Frame-Options").orElse(null));
        assertTrue(text(front).contains("お知らせ"));
    }

    @Test
    void menuShowsTheNoticesOfTheOrganisationsType() throws Exception {
        LocalDateTime now = serverNow();
        String members = notice("MEMBERS", now.minusMinutes(2), null);
        String employers = notice("EMPLOYERS", now.minusMinutes(2), null);
        String everyone = notice("ORGANIZATIONS", now.minusMinutes(2), null);

        KojoBrowserlessClient union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        String unionMenu = union.getText("/menu.xhtml");
        assertTrue(unionMenu.contains(members) && unionMenu.contains(everyone), "member-only notice for union01");
        assertFalse(unionMenu.contains(employers));
        assertEquals(200, union.get("/notice.xhtml?id=" + id(members)).statusCode());
        assertEquals(404, union.get("/notice.xhtml?id=" + id(employers)).statusCode());
        String front = union.getText("/");
        assertTrue(front.contains("id=\"front-menu\"") && !front.contains("id=\"front-login\""),
                "with a live session the front page offers the menu instead of the login");

        KojoBrowserlessClient payroll = new KojoBrowserlessClient("payroll01").loggedInAs("payroll01");
        String payrollMenu = payroll.getText("/menu.xhtml");
        assertTrue(payrollMenu.contains(employers) && payrollMenu.contains(everyone));
        assertFalse(payrollMenu.contains(members), "no member-only notice for payroll01");
        assertEquals(404, payroll.get("/notice.xhtml?id=" + id(members)).statusCode());
    }

    private void assertPage(String path, String... texts) throws Exception {
        HttpResponse<byte[]> response = visitor.get(path);
        assertEquals(200, response.statusCode(), path);
        String page = text(response);
        for (String text : texts) {
            assertTrue(page.contains(text), path + " shows " + text);
        }
    }

    /** The server's clock is Tokyo time (ClockProducer); notices are stored in it. */
    private static LocalDateTime serverNow() {
        return LocalDateTime.now(ZoneId.of("Asia/Tokyo"));
    }

    /** Inserts a notice with a title of its own and answers the title. */
    private static String notice(String audience, LocalDateTime publishAt, LocalDateTime withdrawAt) throws Exception {
        String title = "試験のお知らせ " + audience + " " + UUID.randomUUID().toString().substring(0, 8);
        TestServer.update("INSERT INTO notice (title, body, audience, publish_at, withdraw_at, created_by, created_at) "
                + "VALUES (?, ?, ?, ?, ?, 'portal-it', ?)", title, "本文 " + title, audience, publishAt, withdrawAt, publishAt);
        return title;
    }

    private static long id(String title) throws Exception {
        return TestServer.queryLong("SELECT id FROM notice WHERE title = ?", title);
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The page without its script nonce, which is new on every response. */
    private static String withoutNonce(String html) {
        String nonce = KojoBrowserlessClient.nonce(html);
        return nonce == null ? html : html.replace(nonce, "NONCE");
    }
}
