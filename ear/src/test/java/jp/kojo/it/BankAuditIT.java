package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kojo.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 監査ログ検索: the bank's existing acts (initial password, unlock, calendar) write the audit log in their own
 * transaction; the search filters and pages in the database, and the CSV carries the same records.
 */
@ExtendWith(ArquillianExtension.class)
class BankAuditIT {
    private static final String PAGE = "/bank/audit.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void registeringAnInitialPasswordAndUnlockingAMasterAreAuditedWithWhoWhenAndWhy() throws Exception {
        String contract = RegistrationSteps.contract();
        String page = RegistrationSteps.bankRegisters(contract, RegistrationSteps.INITIAL_PASSWORD);
        assertTrue(page.contains(contract), page);
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM audit_event WHERE action = 'INITIAL_PASSWORD_REGISTERED' "
                + "AND contract_number = ? AND actor_login_id = 'bank01' AND actor_role = 'BANK_OPERATOR' AND reason = ?",
                contract, "届出書 " + contract));

        long organization = TestAccounts.organization();
        String master = TestAccounts.user("au", organization, "MASTER", "Audit-pass-2026", false);
        TestAccounts.lock(master);
        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01").loggedInAs("bank01");
        TestAccounts.submit(bank, "/bank/unlock.xhtml", "unlock", Map.of("loginId", master, "reason", "窓口で本人確認"), "submit");
        assertEquals("窓口で本人確認", TestServer.queryString("SELECT reason FROM audit_event WHERE action = 'MASTER_UNLOCKED' "
                + "AND target_login_id = ? AND organization_id = ?", master, organization));
        String offset = TestServer.property("kojo.clock.offset");
        LocalDateTime serverNow = LocalDateTime.now(ClockProducer.TOKYO)
                .plus(offset == null ? java.time.Duration.ZERO : java.time.Duration.parse(offset));
        assertEquals(1, TestServer.queryLong("SELECT COUNT(*) FROM audit_event WHERE action = 'MASTER_UNLOCKED' "
                + "AND target_login_id = ? AND occurred_at BETWEEN ? AND ?", master,
                Timestamp.valueOf(serverNow.minusHours(1)), Timestamp.valueOf(serverNow.plusHours(1))),
                "the time is the server clock's");
        String found = search(bank, Map.of("actor", "bank01", "action", "MASTER_UNLOCKED",
                "contract", TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", organization)));
        assertTrue(found.contains(master) && found.contains("窓口で本人確認"), found);
        assertTrue(found.contains("1件中 1〜1件目を表示"), found);
    }

    @Test
    void aCalendarChangeIsFoundByActionAndPeriodAndExportedAsCsv() throws Exception {
        String reason = "BankAuditIT-" + System.nanoTime();
        LocalDate day = LumpSumFixture.CALENDAR.businessDayOnOrAfter(LocalDate.now(ClockProducer.TOKYO).plusDays(200));
        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01").loggedInAs("bank01");
        try {
            bank.submit("/bank/calendar.xhtml", "closedDay", Map.of("date", day.toString(), "name", "監査試験", "reason", reason),
                    "add");
            LocalDate today = LumpSumFixture.serverToday();
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("from", today.minusDays(1).toString());
            fields.put("to", today.plusDays(1).toString());
            fields.put("action", "CLOSED_DAY_ADDED");
            String found = search(bank, fields);
            assertTrue(found.contains(reason) && found.contains("臨時休業日の登録"), found);

            String query = "?action=CLOSED_DAY_ADDED&from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
            HttpResponse<byte[]> utf8 = bank.get("/bank/audit/export" + query + "&encoding=UTF8_BOM");
            assertEquals(200, utf8.statusCode());
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(utf8.body(), 3));
            String csv = new String(utf8.body(), StandardCharsets.UTF_8);
            assertTrue(csv.contains("日時,操作者,ロール,操作,契約番号"), csv);
            assertTrue(csv.contains("bank01,BANK_OPERATOR,CLOSED_DAY_ADDED") && csv.contains(reason), csv);
            HttpResponse<byte[]> sjis = bank.get("/bank/audit/export" + query);
            assertTrue(sjis.headers().firstValue("Content-Type").orElse("").contains("Windows-31J"));
            assertTrue(new String(sjis.body(), Charset.forName("windows-31j")).contains(day + " 監査試験"));
            // Outside the period, nothing.
            String before = search(bank, Map.of("to", today.minusDays(2).toString(), "actor", "bank01", "action",
                    "CLOSED_DAY_ADDED"));
            assertTrue(!before.contains(reason), before);
        } finally {
            TestServer.update("DELETE FROM extra_closed_day WHERE reason = ?", reason);
        }
    }

    @Test
    void theSearchPagesInTheDatabase() throws Exception {
        String actor = "pg" + Long.toString(System.nanoTime(), 36);
        Timestamp base = Timestamp.valueOf(LocalDateTime.now(ClockProducer.TOKYO).minusDays(1));
        for (int i = 0; i < 60; i++) {
            TestServer.update("INSERT INTO audit_event (occurred_at, actor_login_id, actor_role, action, reason, details) "
                    + "VALUES (?, ?, 'BANK_OPERATOR', 'NOTICE_CHANGED', ?, ?)", new Timestamp(base.getTime() + i * 1000L),
                    actor, "paging", "row-" + i);
        }
        KojoBrowserlessClient bank = new KojoBrowserlessClient("bank01").loggedInAs("bank01");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("actor", actor);
        HttpResponse<byte[]> first = bank.submit(PAGE, "search", fields, "submit");
        String html = TestAccounts.text(first);
        assertTrue(html.contains("60件中 1〜50件目を表示"), html);
        assertTrue(html.contains("row-59") && !html.contains("row-9<"), "newest first, 50 a page");
        Map<String, String> next = new LinkedHashMap<>();
        next.put("search", "search");
        next.put("search:actor", actor);
        next.put("search:next", "");
        next.putAll(KojoBrowserlessClient.formState(html));
        String second = TestAccounts.text(bank.post(PAGE, next));
        assertTrue(second.contains("60件中 51〜60件目を表示"), second);
        assertTrue(second.contains("row-0<") && !second.contains("row-59"), second);
    }

    @Test
    void onlyBankOperatorsSeeTheAuditLog() throws Exception {
        for (String other : new String[] {"union01", "batch01"}) {
            KojoBrowserlessClient client = new KojoBrowserlessClient(other).loggedInAs(other);
            assertEquals(403, client.get(PAGE).statusCode(), other);
            assertEquals(403, client.get("/bank/audit/export").statusCode(), other);
        }
    }

    private static String search(KojoBrowserlessClient bank, Map<String, String> fields) throws Exception {
        HttpResponse<byte[]> response = bank.submit(PAGE, "search", fields, "submit");
        assertEquals(200, response.statusCode());
        return TestAccounts.text(response);
    }
}
