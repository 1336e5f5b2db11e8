package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.kojo.deduction.entity.CycleKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deposit statement service over its page: changes checked by the bank's rules, approve-then-send with dual
 * control, a sent statement frozen and written for the host by zaikei-deposit-out, the deadline, and the fence.
 */
@ExtendWith(ArquillianExtension.class)
class ZaikeiDepositIT {
    static final String PAGE = "/zaikei/deposit.xhtml";
    private static final YearMonth MONTH = YearMonth.of(2031, 5);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    static ZaikeiFixture employerWithStatement() throws Exception {
        ZaikeiFixture employer = ZaikeiFixture.employer();
        String view = employer.load(MONTH, CycleKind.MONTHLY, LocalDate.of(2031, 5, 23), employer.lines(6));
        assertTrue(view.contains("\"exitStatus\":\"LOADED\""), view);
        return employer;
    }

    static String change(KojoBrowserlessClient client, String kind, String contract, String monthly, String bonus)
            throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("changeKind", kind);
        fields.put("contract", contract == null ? "" : contract);
        fields.put("monthly", monthly);
        fields.put("bonus", bonus);
        return text(client.submit(PAGE, "deposit", fields, "add"));
    }

    static String enrol(KojoBrowserlessClient client, String person, String name, String birth, String kind,
                        String monthly) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("changeKind", "NEW_ENROLMENT");
        fields.put("personNumber", person);
        fields.put("nameKana", name);
        fields.put("birthDate", birth);
        fields.put("savingsKind", kind);
        fields.put("monthly", monthly);
        fields.put("bonus", "0");
        return text(client.submit(PAGE, "deposit", fields, "add"));
    }

    static String text(HttpResponse<byte[]> response) {
        assertEquals(200, response.statusCode());
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void firstOpensAtOnceMakeOneDraftAndEveryOneShowsIt() throws Exception {
        ZaikeiFixture employer = employerWithStatement();
        List<KojoBrowserlessClient> clients = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            clients.add(i % 2 == 0 ? employer.generalClient() : employer.masterClient());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<byte[]>>> opens = new ArrayList<>();
            for (KojoBrowserlessClient client : clients) {
                opens.add(pool.submit(() -> {
                    start.await();
                    return client.get(PAGE);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<byte[]>> open : opens) {
                String page = text(open.get());
                assertTrue(page.contains("2031年6月25日"), "every open shows the draft, none the error page");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM zaikei_deposit WHERE organization_id = ?",
                employer.organizationId));
    }

    @Test
    void eachKindOfChangeIsCheckedApprovedSentFrozenAndWrittenForTheHost() throws Exception {
        ZaikeiFixture employer = employerWithStatement();
        KojoBrowserlessClient general = employer.generalClient();
        String page = general.getText(PAGE);
        assertTrue(page.contains("2031年6月25日"), "the next deposit: June 25");
        assertTrue(page.contains("2031年6月19日"), "sent by 4 business days before");

        assertTrue(change(general, "STOP", employer.savingsContract("0008000001", "GENERAL"), "", "")
                .contains("変更を追加しました"));
        assertTrue(change(general, "AMOUNT_CHANGE", employer.savingsContract("0008000002", "GENERAL"), "40,000", "0")
                .contains("変更を追加しました"));
        assertTrue(change(general, "RESUME", employer.savingsContract("0008000003", "PENSION"), "5000", "0")
                .contains("変更を追加しました"));
        assertTrue(enrol(general, "0008000099", "タナカ　イチロウ", "19950401", "HOUSING", "10000")
                .contains("変更を追加しました"));
        // Rules refuse with their message and save nothing.
        assertTrue(change(general, "AMOUNT_CHANGE", employer.savingsContract("0008000004", "GENERAL"), "1500", "0")
                .contains("金額は千円単位で入力してください。"));
        assertTrue(change(general, "AMOUNT_CHANGE", employer.savingsContract("0008000006", "PENSION"), "5000", "0")
                .contains("積立中止中の契約は金額を変更できません。"));
        assertTrue(enrol(general, "0008000001", "ｽｽﾞｷ ﾊﾅｺ", "19710202", "PENSION", "10000")
                .contains("申込時に55歳未満の方のみ"));
        long deposit = employer.depositId();
        assertEquals(4, TestServer.queryLong("SELECT COUNT(*) FROM zaikei_deposit_change WHERE deposit_id = ?", deposit));
        assertFalse(general.getText(PAGE).contains("deposit:approve"), "no send right, no approve button");

        KojoBrowserlessClient master = employer.masterClient();
        assertTrue(text(master.submit(PAGE, "deposit", Map.of(), "approve")).contains("承認しました。"));
        String sent = text(master.submit(PAGE, "deposit", Map.of(), "send"));
        assertTrue(sent.contains("預入明細書を送信しました。"), sent);
        assertEquals("SENT", TestServer.queryString("SELECT status FROM zaikei_deposit WHERE id = ?", deposit));
        assertEquals(12, TestServer.queryLong("SELECT COUNT(*) FROM zaikei_deposit_line WHERE deposit_id = ?", deposit),
                "11 contracts and the new enrolment, kept as sent");
        assertTrue(sent.contains("送信済みの預入明細書は変更できません。"));
        assertFalse(sent.contains("deposit:add"), "frozen: no more changes");

        String csv = new String(master.get("/zaikei/deposit/export?deposit=" + deposit + "&format=csv").body(),
                Charset.forName("windows-31j"));
        assertTrue(csv.contains(",積立中止,20000,50000,0,0,中止中"), csv);
        assertTrue(csv.contains(",金額変更,30000,50000,40000,0,積立中"), csv);
        assertTrue(csv.contains(",タナカ　イチロウ,住宅,新規申込,0,0,10000,0,積立中"), csv);
        try (PDDocument pdf = Loader.loadPDF(master.get("/zaikei/deposit/export?deposit=" + deposit + "&format=pdf").body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("財形預入明細書") && text.contains("送信済"), text);
        }

        KojoBrowserlessClient admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        String job = BatchApi.awaitEnd(admin, BatchApi.start(admin, "zaikei-deposit-out", "{}"));
        assertTrue(job.contains("\"exitStatus\":\"EXPORTED\""), job);
        String file = TestServer.queryString("SELECT export_file FROM zaikei_deposit WHERE id = ?", deposit);
        Path outbox = TestServer.home().resolve("interchange/outbox");
        String written = Files.readString(outbox.resolve(file), Charset.forName("windows-31j"));
        assertTrue(written.contains("H," + employer.contractNumber + ",20310625,"), written);
        assertTrue(written.contains(",0008000099,\"タナカ　イチロウ\",19950401,2,3,10000,0,1\r\n"), written);
        try (var names = Files.list(outbox)) {
            assertTrue(names.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
        BatchApi.awaitEnd(admin, BatchApi.start(admin, "zaikei-deposit-out", "{}"));
        assertEquals(file, TestServer.queryString("SELECT export_file FROM zaikei_deposit WHERE id = ?", deposit),
                "exported once");
    }

    @Test
    void theUserWhoMadeTheLastChangeCannotApproveItAndThePassedDeadlineIsNamed() throws Exception {
        ZaikeiFixture employer = employerWithStatement();
        KojoBrowserlessClient master = employer.masterClient();
        master.getText(PAGE);
        change(master, "STOP", employer.savingsContract("0008000001", "GENERAL"), "", "");
        assertTrue(text(master.submit(PAGE, "deposit", Map.of(), "approve"))
                .contains("最後に変更した利用者とは別の利用者が承認してください。"));
        assertTrue(text(master.submit(PAGE, "deposit", Map.of(), "send")).contains("送信の前に承認が必要です。"));

        TestServer.update("UPDATE zaikei_deposit SET send_by = ? WHERE id = ?", java.sql.Date.valueOf(LocalDate.of(2020, 3, 2)),
                employer.depositId());
        String page = master.getText(PAGE);
        assertTrue(page.contains("送信期限（2020年3月2日）を過ぎたため"), page);
        assertTrue(text(master.submit(PAGE, "deposit", Map.of(), "approve")).contains("送信期限（2020年3月2日）を過ぎています。"));
        assertEquals("IN_PROGRESS", TestServer.queryString("SELECT status FROM zaikei_deposit WHERE id = ?", employer.depositId()));
    }

    @Test
    void anotherEmployersDepositStatementIsNotFound() throws Exception {
        ZaikeiFixture employer = employerWithStatement();
        employer.masterClient().getText(PAGE);
        long deposit = employer.depositId();

        ZaikeiFixture other = employerWithStatement();
        KojoBrowserlessClient stranger = other.masterClient();
        assertEquals(404, stranger.get("/zaikei/deposit/export?deposit=" + deposit + "&format=csv").statusCode());
        assertEquals(404, stranger.get("/zaikei/deposit/export?deposit=" + deposit + "&format=pdf").statusCode());
        // Its own page works on its own deposit statement only: the other one's contract is not offered nor taken.
        String refused = change(stranger, "STOP", employer.savingsContract("0008000001", "GENERAL"), "", "");
        assertFalse(refused.contains("変更を追加しました"), refused);
        assertEquals(0, TestServer.queryLong("SELECT COUNT(*) FROM zaikei_deposit_change WHERE deposit_id IN (?, ?)",
                deposit, other.depositId()));

        KojoBrowserlessClient union = new KojoBrowserlessClient("union01").loggedInAs("union01");
        assertEquals(403, union.get(PAGE).statusCode());
        assertEquals(403, union.get("/zaikei/deposit/export?deposit=" + deposit + "&format=csv").statusCode());
    }
}
