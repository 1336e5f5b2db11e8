package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 団体・契約管理: a bank operator creates and changes organisations; the contract's cut-off is what a new cycle gets;
 * a refused save keeps what was typed and names the fields; every save is audited with its reason.
 */
@ExtendWith(ArquillianExtension.class)
class BankOrganizationsIT {
    private static final String PAGE = "/bank/organizations.xhtml";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void aNewOrganisationIsSavedWithItsServicesAndCutOffsAndAudited() throws Exception {
        String contract = newContract();
        Map<String, String> fields = fields(contract, "試験製作所 " + contract, "シケンセイサクショ", "EMPLOYER");
        fields.put("svc-PAYROLL", "on");
        fields.put("svc-ZAIKEI", "on");
        fields.put("cutOffPAYROLL", "3");
        fields.put("cutOffZAIKEI", "6");
        fields.put("reason", "新規契約 受付-" + contract);
        String page = save(bank(), PAGE, fields);
        assertTrue(page.contains("団体（契約番号 " + contract + "）を登録しました。"), page);

        long id = TestServer.organizationId(contract);
        assertEquals("EMPLOYER", TestServer.queryString("SELECT type FROM organization WHERE id = ?", id));
        assertEquals(2, TestServer.queryLong("SELECT COUNT(*) FROM organization_service WHERE organization_id = ? "
                + "AND service_kind IN ('PAYROLL', 'ZAIKEI')", id));
        assertEquals(3, TestServer.queryLong("SELECT business_days_before FROM organization_cut_off WHERE organization_id = ? "
                + "AND service_kind = 'PAYROLL'", id));
        assertEquals(6, TestServer.queryLong("SELECT business_days_before FROM organization_cut_off WHERE organization_id = ? "
                + "AND service_kind = 'ZAIKEI'", id));
        assertEquals("新規契約 受付-" + contract, TestServer.queryString("SELECT reason FROM audit_event WHERE "
                + "action = 'ORGANIZATION_CREATED' AND contract_number = ? AND organization_id = ? AND actor_login_id = 'bank01'",
                contract, id));
        String list = bank().getText(PAGE + "?id=" + id);
        assertTrue(list.contains("value=\"試験製作所 " + contract + "\""), "the form opens with the organisation");
    }

    @Test
    void aRefusedSaveKeepsWhatWasTypedAndNamesEachFieldAndSavesNothing() throws Exception {
        String contract = newContract();
        Map<String, String> fields = fields(contract, "名前は残る " + contract, "ﾊﾝｶｸ", "MEMBER");
        fields.put("svc-LUMP_SUM", "on");
        fields.put("svc-PAYROLL", "on");
        fields.put("cutOffLUMP_SUM", "21");
        fields.put("reason", "");
        String page = save(bank(), PAGE, fields);
        assertTrue(page.contains("フリガナ：全角カタカナで入力してください。"), page);
        assertTrue(page.contains("利用サービス：まとめ入金型と賃金控除型は同時に選べません。"), page);
        assertTrue(page.contains("送信期限（まとめ入金型）：0〜20の営業日数で入力してください。"), page);
        assertTrue(page.contains("理由・受付番号：入力してください。"), page);
        assertTrue(page.contains("value=\"名前は残る " + contract + "\""), "the typed name stays");
        assertTrue(page.contains("value=\"ﾊﾝｶｸ\""), "the typed kana stays");
        assertTrue(page.contains("value=\"21\""), "the typed cut-off stays");
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM organization WHERE contract_number = ?", contract));
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM audit_event WHERE contract_number = ?", contract));

        Map<String, String> badNumber = fields("12345", "試験", "シケン", "MEMBER");
        badNumber.put("svc-LUMP_SUM", "on");
        badNumber.put("reason", "r");
        assertTrue(save(bank(), PAGE, badNumber).contains("契約番号：10桁の数字で入力してください。"));
    }

    @Test
    void aContractNumberInUseIsRefused() throws Exception {
        Map<String, String> fields = fields(LumpSumFixture.UNION, "二重登録", "ニジュウ", "MEMBER");
        fields.put("svc-LUMP_SUM", "on");
        fields.put("reason", "試験");
        String page = save(bank(), PAGE, fields);
        assertTrue(page.contains("契約番号：この契約番号はすでに使われています。"), page);
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM organization WHERE contract_number = ?", LumpSumFixture.UNION));
    }

    @Test
    void operatorsSavingTheSameNewContractAtOnceGetOneOrganisationAndARefusalNotAnErrorPage() throws Exception {
        String contract = newContract();
        int operators = 6;
        List<KojoBrowserlessClient> clients = new ArrayList<>();
        List<Map<String, String>> bodies = new ArrayList<>();
        for (int i = 0; i < operators; i++) {
            KojoBrowserlessClient client = bank();
            String html = new String(client.get(PAGE).body(), StandardCharsets.UTF_8);
            Map<String, String> body = new LinkedHashMap<>();
            body.put("org", "org");
            Map<String, String> fields = fields(contract, "同時登録 " + i, "ドウジトウロク", "MEMBER");
            fields.put("svc-LUMP_SUM", "on");
            fields.put("reason", "同時登録 " + i);
            fields.forEach((name, value) -> body.put("org:" + name, value));
            body.put("org:save", "");
            body.putAll(KojoBrowserlessClient.formState(html));
            clients.add(client);
            bodies.add(body);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(operators);
        try {
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < operators; i++) {
                int n = i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return clients.get(n).post(PAGE, bodies.get(n));
                }));
            }
            start.countDown();
            int saved = 0;
            int refused = 0;
            for (Future<HttpResponse<byte[]>> answer : answers) {
                HttpResponse<byte[]> response = answer.get(60, TimeUnit.SECONDS);
                String page = TestAccounts.text(response);
                assertEquals(200, response.statusCode(), page);
                if (page.contains("団体（契約番号 " + contract + "）を登録しました。")) {
                    saved++;
                } else {
                    assertTrue(page.contains("契約番号：この契約番号はすでに使われています。"), page);
                    refused++;
                }
            }
            assertEquals(1, saved);
            assertEquals(operators - 1, refused);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM organization WHERE contract_number = ?", contract));
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM audit_event WHERE action = 'ORGANIZATION_CREATED' "
                + "AND contract_number = ?", contract));
    }

    @Test
    void theContractsCutOffIsWhatItsNextCycleGets() throws Exception {
        long id = TestAccounts.organization();
        String contract = TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", id);
        Map<String, String> fields = fields(contract, "締切試験 " + contract, "シメキリシケン", "MEMBER");
        fields.put("svc-LUMP_SUM", "on");
        fields.put("cutOffLUMP_SUM", "5");
        fields.put("reason", "締切を5営業日前に");
        String page = save(bank(), PAGE + "?id=" + id, fields);
        assertTrue(page.contains("団体（契約番号 " + contract + "）を変更しました。"), page);
        assertEquals("締切を5営業日前に", TestServer.queryString("SELECT reason FROM audit_event WHERE "
                + "action = 'ORGANIZATION_CHANGED' AND organization_id = ?", id));
        assertTrue(TestServer.queryString("SELECT details FROM audit_event WHERE action = 'ORGANIZATION_CHANGED' "
                + "AND organization_id = ?", id).contains("LUMP_SUM(5)"));

        String master = TestAccounts.user("co", id, "MASTER", "Cutoff-pass-2026", false);
        LumpSumFixture cycle = LumpSumFixture.createFor(id);
        KojoBrowserlessClient client = TestAccounts.loggedIn(master, "Cutoff-pass-2026");
        assertEquals(200, client.get("/deduction/cycle.xhtml?cycle=" + cycle.cycleId).statusCode());
        LocalDate cutOff = LocalDate.parse(TestServer.queryString("SELECT cut_off_date FROM organization_cycle "
                + "WHERE organization_id = ? AND cycle_id = ?", id, cycle.cycleId));
        assertEquals(LumpSumFixture.CALENDAR.businessDaysBefore(cycle.paymentDate, 5), cutOff);
    }

    @Test
    void theContractsZaikeiCutOffIsWhatItsDepositStatementGets() throws Exception {
        ZaikeiFixture employer = ZaikeiDepositIT.employerWithStatement();
        String name = TestServer.queryString("SELECT name FROM organization WHERE id = ?", employer.organizationId);
        Map<String, String> fields = fields(employer.contractNumber, name, "シケンヨウダンタイ", "EMPLOYER");
        fields.put("svc-ZAIKEI", "on");
        fields.put("cutOffZAIKEI", "6");
        fields.put("reason", "財形の締切を6営業日前に");
        assertTrue(save(bank(), PAGE + "?id=" + employer.organizationId, fields).contains("を変更しました。"));

        assertEquals(200, employer.masterClient().get(ZaikeiDepositIT.PAGE).statusCode());
        LocalDate deposit = LocalDate.parse(TestServer.queryString("SELECT deposit_date FROM zaikei_deposit "
                + "WHERE organization_id = ?", employer.organizationId));
        LocalDate sendBy = LocalDate.parse(TestServer.queryString("SELECT send_by FROM zaikei_deposit "
                + "WHERE organization_id = ?", employer.organizationId));
        assertEquals(LumpSumFixture.CALENDAR.businessDaysBefore(deposit, 6), sendBy);
    }

    @Test
    void organisationsAndBatchAdministratorsAreRefused() throws Exception {
        for (String other : new String[] {"union01", "batch01"}) {
            assertEquals(403, new KojoBrowserlessClient(other).loggedInAs(other).get(PAGE).statusCode(), other);
        }
    }

    static String newContract() {
        return String.format("8%09d", RANDOM.nextInt(1_000_000_000));
    }

    private static KojoBrowserlessClient bank() throws Exception {
        return new KojoBrowserlessClient("bank01").loggedInAs("bank01");
    }

    private static Map<String, String> fields(String contract, String name, String kana, String type) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contractNumber", contract);
        fields.put("name", name);
        fields.put("nameKana", kana);
        fields.put("type", type);
        fields.put("branch", "101");
        return fields;
    }

    private static String save(KojoBrowserlessClient bank, String path, Map<String, String> fields) throws Exception {
        HttpResponse<byte[]> response = bank.submit(path, "org", fields, "save");
        assertEquals(200, response.statusCode());
        return TestAccounts.text(response);
    }
}
