package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 書面受付: the bank deletes a master on its paper request (certificates revoked, login id kept, a new initial
 * password possible) and answers a contract-number enquiry with a printed letter; both audited with the reference.
 */
@ExtendWith(ArquillianExtension.class)
class BankRequestsIT {
    private static final String PAGE = "/bank/requests.xhtml";
    private static final String PASSWORD = "Delete-pass-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aDeletedMasterLosesItsCertificateKeepsItsLoginIdAndTheContractCanRegisterAgain() throws Exception {
        long organization = TestAccounts.organization();
        String contract = TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", organization);
        String master = TestAccounts.user("dm", organization, "MASTER", PASSWORD, false);
        KojoBrowserlessClient bank = bank();
        assertTrue(bank.submit(PAGE, "findMaster", Map.of("contract", contract), "find").statusCode() == 200);

        String page = delete(bank, master, "削除-2026-0031", "担当者の退職");
        assertTrue(page.contains("マスターユーザー " + master + " を削除しました"), page);
        assertNotNull(TestServer.queryString("SELECT deleted_at FROM user_account WHERE login_id = ?", master));
        assertEquals("USER_DELETED", TestServer.queryString("SELECT c.revocation_reason FROM client_certificate c "
                + "JOIN user_account u ON u.id = c.user_id WHERE u.login_id = ?", master));
        assertEquals("削除-2026-0031", TestServer.queryString("SELECT reference FROM audit_event WHERE action = 'MASTER_DELETED' "
                + "AND target_login_id = ? AND contract_number = ? AND reason = '担当者の退職'", master, contract));
        String notice = TestMail.body(TestMail.await(RegistrationSteps.email(master), "【Kojo】マスターユーザー削除のお知らせ", 1));
        assertTrue(notice.contains("受付番号 削除-2026-0031") && notice.contains("マスターユーザーの" + "ログインID " + master), notice);
        assertNotEquals(302, new KojoBrowserlessClient(master).login(master, PASSWORD).statusCode(), "no login any more");
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM user_account WHERE login_id = ?", master),
                "the login id stays taken");

        String registered = RegistrationSteps.bankRegisters(contract, RegistrationSteps.INITIAL_PASSWORD);
        assertTrue(registered.contains("契約番号 " + contract + "（"), "a new initial password is accepted: " + registered);
        assertTrue(registered.contains("の初期パスワードを登録しました"), registered);
    }

    @Test
    void referenceAndReasonAreRequiredAndWhatWasTypedStays() throws Exception {
        long organization = TestAccounts.organization();
        String master = TestAccounts.user("dr", organization, "MASTER", PASSWORD, false);
        String noReference = delete(bank(), master, "", "理由あり");
        assertTrue(noReference.contains("受付番号を入力してください。"), noReference);
        assertTrue(noReference.contains("value=\"" + master + "\""), "the typed login id stays");
        String noReason = delete(bank(), master, "削除-1", " ");
        assertTrue(noReason.contains("理由を入力してください。"), noReason);
        assertNull(TestServer.queryString("SELECT deleted_at FROM user_account WHERE login_id = ?", master));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM audit_event WHERE target_login_id = ?", master));
    }

    @Test
    void aGeneralUserIsNotDeletedAsAMaster() throws Exception {
        long organization = TestAccounts.organization();
        String general = TestAccounts.user("dg", organization, "GENERAL", PASSWORD, false);
        String page = delete(bank(), general, "削除-2", "誤り");
        assertTrue(page.contains("該当するマスターユーザーがいません。"), page);
        assertNull(TestServer.queryString("SELECT deleted_at FROM user_account WHERE login_id = ?", general));
    }

    @Test
    void anEnquiryFindsTheOrganisationAndTheReplyLetterCarriesItsContractNumber() throws Exception {
        long organization = TestAccounts.organization();
        String contract = TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", organization);
        String name = TestServer.queryString("SELECT name FROM organization WHERE id = ?", organization);
        KojoBrowserlessClient bank = bank();
        String found = TestAccounts.text(bank.submit(PAGE, "enquiry", Map.of("name", name, "branch", "101"), "find"));
        assertTrue(found.contains(contract), found);

        HttpResponse<byte[]> reply = bank.submit(PAGE, "reply", Map.of("contract", contract, "reference", "照会-2026-0009",
                "reason", "契約番号照会依頼書"), "print");
        assertEquals(200, reply.statusCode());
        assertTrue(reply.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (PDDocument pdf = Loader.loadPDF(reply.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("[\\s\u3000]+", "");
            assertTrue(text.contains("契約番号のご照会について（回答）") && text.contains(contract) && text.contains(name.replace(" ", "")),
                    text);
        }
        assertEquals("照会-2026-0009", TestServer.queryString("SELECT reference FROM audit_event WHERE "
                + "action = 'CONTRACT_NUMBER_ENQUIRY_ANSWERED' AND organization_id = ?", organization));
    }

    @Test
    void aReplyWithoutReferenceIsRefusedAndNotAudited() throws Exception {
        long organization = TestAccounts.organization();
        String contract = TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", organization);
        HttpResponse<byte[]> refused = bank().submit(PAGE, "reply", Map.of("contract", contract, "reference", "",
                "reason", "照会"), "print");
        String page = TestAccounts.text(refused);
        assertTrue(page.contains("受付番号を入力してください。"), page);
        assertTrue(page.contains("value=\"" + contract + "\""), "the typed contract number stays");
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM audit_event WHERE organization_id = ?", organization));
    }

    @Test
    void organisationsAndBatchAdministratorsAreRefused() throws Exception {
        for (String other : new String[] {"union01", "batch01"}) {
            assertEquals(403, new KojoBrowserlessClient(other).loggedInAs(other).get(PAGE).statusCode(), other);
        }
    }

    private static KojoBrowserlessClient bank() throws Exception {
        return new KojoBrowserlessClient("bank01").loggedInAs("bank01");
    }

    private static String delete(KojoBrowserlessClient bank, String loginId, String reference, String reason) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("loginId", loginId);
        fields.put("reference", reference);
        fields.put("reason", reason);
        HttpResponse<byte[]> response = bank.submit(PAGE, "delete", fields, "submit");
        assertEquals(200, response.statusCode());
        return TestAccounts.text(response);
    }
}
