package jp.kojo.it;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kojo.batch.collectiveload.CollectiveFileFixtures;
import jp.kojo.batch.collectiveload.CollectiveFileFixtures.CLine;
import jp.kojo.deduction.entity.CycleKind;

/**
 * A fresh union with the COLLECTIVE_SAVINGS service (and LUMP_SUM, so a user may hold a right in one and not the
 * other) and its users for each test, its breakdowns loaded through the real {@code collective-savings-load} job,
 * so tests stand alone whatever ran before.
 */
public final class CollectiveSavingsFixture {
    private static final SecureRandom RANDOM = new SecureRandom();

    public final long organizationId;
    public final String contractNumber;
    public final String master;
    public final String general;

    private CollectiveSavingsFixture(long organizationId, String contractNumber, String master, String general) {
        this.organizationId = organizationId;
        this.contractNumber = contractNumber;
        this.master = master;
        this.general = general;
    }

    public static CollectiveSavingsFixture union() throws Exception {
        long org = TestAccounts.organization();
        TestServer.update("UPDATE organization SET type = 'MEMBER' WHERE id = ?", org);
        TestServer.update("INSERT INTO organization_service (organization_id, service_kind) VALUES (?, 'COLLECTIVE_SAVINGS')", org);
        TestServer.update("INSERT INTO organization_service (organization_id, service_kind) VALUES (?, 'LUMP_SUM')", org);
        String contract = TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", org);
        String master = TestAccounts.user("cm", org, "MASTER", TestServer.DEMO_PASSWORD, false);
        String general = TestAccounts.user("cg", org, "GENERAL", TestServer.DEMO_PASSWORD, false);
        return new CollectiveSavingsFixture(org, contract, master, general);
    }

    /** A general user of this union whose master granted 労金控除 but not 一斉積立. */
    public String userWithoutTheRight() throws Exception {
        String user = TestAccounts.user("cn", organizationId, "GENERAL", TestServer.DEMO_PASSWORD, false);
        TestServer.update("DELETE FROM user_service_right WHERE service_kind = 'COLLECTIVE_SAVINGS' AND user_id ="
                + " (SELECT id FROM user_account WHERE login_id = ?)", user);
        return user;
    }

    public KojoBrowserlessClient masterClient() throws Exception {
        return new KojoBrowserlessClient(master).loggedInAs(master);
    }

    public KojoBrowserlessClient generalClient() throws Exception {
        return new KojoBrowserlessClient(general).loggedInAs(general);
    }

    /** Lines of this union: {@code members} members, numbered from a random base. */
    public List<CLine> lines(int members) {
        return CollectiveFileFixtures.lines(contractNumber, members, 1_000_000L + RANDOM.nextInt(8_000_000));
    }

    public static Path inbox(String name) {
        return TestServer.home().resolve("interchange/inbox").resolve(name);
    }

    /** A fresh file name in the inbox for this union. */
    public String fileName(String suffix) {
        return "collective-" + contractNumber + "-" + RANDOM.nextInt(1_000_000) + suffix;
    }

    /** Writes a CSV breakdown file and loads it through the job; answers the execution's JSON view. */
    public String load(YearMonth month, CycleKind kind, LocalDate savingsDate, List<CLine> lines) throws Exception {
        String name = fileName(".csv");
        CollectiveFileFixtures.writeCsv(inbox(name), month, kind, savingsDate, lines);
        return loadFile(name, "CSV");
    }

    public static String loadFile(String name, String format) throws Exception {
        return BatchApi.awaitEnd(admin(), start(name, format));
    }

    public static long start(String name, String format) throws Exception {
        return BatchApi.start(admin(), "collective-savings-load",
                "{\"fileName\":\"" + name + "\",\"format\":\"" + format + "\"}");
    }

    public static KojoBrowserlessClient admin() throws Exception {
        return new KojoBrowserlessClient("batch01").loggedInAs("batch01");
    }

    public long statementId(YearMonth month, CycleKind kind) throws Exception {
        return TestServer.queryLong("SELECT id FROM collective_savings_statement WHERE organization_id = ?"
                + " AND year_month = ? AND run_kind = ?", organizationId, month.toString(), kind.name());
    }

    public static long executionId(String view) {
        return Long.parseLong(view.replaceAll("(?s).*\"executionId\"\\s*:\\s*(\\d+).*", "$1"));
    }
}
