package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 変更書類: the printable forms through the running server, blank for anyone and filled for the caller only. */
@ExtendWith(ArquillianExtension.class)
class PrintableFormsIT {
    /** Slug and the title printed on the form. */
    private static final List<String[]> FORMS = List.of(
            new String[] {"initial-password-member", "初期パスワード届出書（会員用）"},
            new String[] {"initial-password-employer", "初期パスワード届出書（事業主用）"},
            new String[] {"user-deletion", "ユーザー削除依頼書"},
            new String[] {"contract-number-enquiry", "契約番号照会依頼書"},
            new String[] {"certificate-revocation", "電子証明書失効依頼書"},
            new String[] {"service-change", "利用サービス変更届"});
    private static final Pattern FILLED_DATE = Pattern.compile("記入日　令和(元|\\d+)年\\d{1,2}月\\d{1,2}日");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void everyBlankFormIsAPdfForAVisitorWithoutCertificate() throws Exception {
        KojoBrowserlessClient visitor = new KojoBrowserlessClient(null);
        for (String[] form : FORMS) {
            HttpResponse<byte[]> response = visitor.get("/public/forms/" + form[0] + ".pdf");
            assertEquals(200, response.statusCode(), form[0]);
            assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow(), form[0]);
            String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
            assertTrue(disposition.contains("filename*=UTF-8''" + java.net.URLEncoder.encode(form[1] + ".pdf",
                    StandardCharsets.UTF_8)), disposition);
            String text = text(response.body());
            assertTrue(compact(text).contains(form[1]), form[0] + ": " + text);
            assertTrue(text.contains("記入日　令和　　年　　月　　日"), form[0] + ": " + text);
            assertFalse(FILLED_DATE.matcher(text).find(), form[0] + ": a blank form carries no date");
        }
    }

    @Test
    void theFilledFormHoldsTheCallersOwnContract() throws Exception {
        String[] union = contractOf("union01");
        String[] payroll = contractOf("payroll01");
        KojoBrowserlessClient unionClient = new KojoBrowserlessClient("union01").loggedInAs("union01");
        for (String[] form : FORMS) {
            HttpResponse<byte[]> response = unionClient.get("/forms/" + form[0] + ".pdf");
            assertEquals(200, response.statusCode(), form[0]);
            assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElseThrow());
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
            String text = text(response.body());
            assertTrue(compact(text).contains(union[0]), form[0] + ": " + text);
            assertTrue(text.contains(union[1]), form[0] + ": " + text);
            assertTrue(FILLED_DATE.matcher(text).find(), form[0] + ": " + text);
        }

        // The contact details of migration V4, as the demo fills them, are printed too.
        String representative = TestServer.queryString("SELECT representative FROM organization WHERE contract_number = ?",
                union[0]);
        assertNotNull(representative);
        assertTrue(text(unionClient.get("/forms/user-deletion.pdf").body()).contains(representative));

        String text = text(new KojoBrowserlessClient("payroll01").loggedInAs("payroll01")
                .get("/forms/service-change.pdf").body());
        assertTrue(compact(text).contains(payroll[0]), text);
        assertTrue(text.contains(payroll[1]), text);
        assertFalse(compact(text).contains(union[0]), text);
        assertFalse(text.contains(union[1]), text);
    }

    @Test
    void theFilledFormWithoutLoginSendsTheVisitorToTheLoginPage() throws Exception {
        HttpResponse<byte[]> response = new KojoBrowserlessClient(null).get("/forms/service-change.pdf");
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith("/public/login.xhtml"));
    }

    @Test
    void anUnknownFormIsNotFoundWithoutAStackTrace() throws Exception {
        for (HttpResponse<byte[]> response : List.of(
                new KojoBrowserlessClient(null).get("/public/forms/no-such-form.pdf"),
                new KojoBrowserlessClient("union01g").loggedInAs("union01g").get("/forms/no-such-form.pdf"))) {
            assertEquals(404, response.statusCode());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            assertTrue(body.contains("ページが見つかりません"), body);
            // The page script names ViewExpiredException as configuration; a trace would name the thrown one.
            assertFalse(body.contains("UnknownFormException"), body);
            assertFalse(body.contains("at jp.kojo"), body);
            assertFalse(body.contains("java.lang."), body);
        }
    }

    @Test
    void theFormsPageListsEveryFormAndOffersTheFilledOnesAfterLogin() throws Exception {
        HttpResponse<byte[]> anonymous = new KojoBrowserlessClient(null).get("/public/forms.xhtml");
        assertEquals(200, anonymous.statusCode());
        String page = new String(anonymous.body(), StandardCharsets.UTF_8);
        for (String[] form : FORMS) {
            assertTrue(page.contains(form[1]), form[1] + " missing in " + page);
            assertTrue(page.contains("/public/forms/" + form[0] + ".pdf"), page);
            assertFalse(filledLink(form[0]).matcher(page).find(), "no filled link without login: " + form[0]);
        }
        String loggedIn = new KojoBrowserlessClient("zaikei01").loggedInAs("zaikei01").getText("/public/forms.xhtml");
        for (String[] form : FORMS) {
            assertTrue(filledLink(form[0]).matcher(loggedIn).find(), form[0] + ": " + loggedIn);
        }
        assertTrue(loggedIn.contains("記入済みで印刷"), loggedIn);
    }

    /** A link to the filled form: /forms/..., not /public/forms/... */
    private static Pattern filledLink(String slug) {
        return Pattern.compile("(?<!/public)/forms/" + Pattern.quote(slug) + "\\.pdf");
    }

    /** Contract number and organisation name of the user's organisation, as the database holds them. */
    private static String[] contractOf(String loginId) throws Exception {
        String contract = TestServer.queryString("SELECT o.contract_number FROM organization o JOIN user_account u "
                + "ON u.organization_id = o.id WHERE u.login_id = ?", loginId);
        String name = TestServer.queryString("SELECT o.name FROM organization o JOIN user_account u "
                + "ON u.organization_id = o.id WHERE u.login_id = ?", loginId);
        assertNotNull(contract);
        return new String[] {contract, name};
    }

    private static String text(byte[] pdf) throws Exception {
        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"), "not a PDF");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The text with the gaps between boxed characters (one digit a box) closed up. */
    private static String compact(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }
}
