package jp.kojo.it;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import jp.kojo.batch.zaikeiload.ZaikeiFileFixtures;
import jp.kojo.batch.zaikeiload.ZaikeiFileFixtures.ZLine;
import jp.kojo.deduction.entity.CycleKind;

/**
 * A fresh employer with the ZAIKEI service and its users for each test, and its savings statements loaded through
 * the real {@code zaikei-statement-load} job, so tests stand alone whatever ran before.
 */
public final class ZaikeiFixture {
    private static final SecureRandom RANDOM = new SecureRandom();

    public final long organizationId;
    public final String contractNumber;
    public final String master;
    public final String general;

    private ZaikeiFixture(long organizationId, String contractNumber, String master, String general) {
        this.organizationId = organizationId;
        this.contractNumber = contractNumber;
        this.master = master;
        this.general = general;
    }

    public static ZaikeiFixture employer() throws Exception {
        long org = TestAccounts.organization();
        TestServer.update("INSERT INTO organization_service (organization_id, service_kind) VALUES (?, 'ZAIKEI')", org);
        String contract = TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", org);
        String master = TestAccounts.user("zm", org, "MASTER", TestServer.DEMO_PASSWORD, false);
        String general = TestAccounts.user("zg", org, "GENERAL", TestServer.DEMO_PASSWORD, false);
        return new ZaikeiFixture(org, contract, master, general);
    }

    public KojoBrowserlessClient masterClient() throws Exception {
        return new KojoBrowserlessClient(master).loggedInAs(master);
    }

    public KojoBrowserlessClient generalClient() throws Exception {
        return new KojoBrowserlessClient(general).loggedInAs(general);
    }

    /** Lines of this employer: {@code people} people, savings contracts numbered from a random base. */
    public List<ZLine> lines(int people) {
        return ZaikeiFileFixtures.lines(contractNumber, people, 10_000_000 + RANDOM.nextInt(80_000_000));
    }

    public static Path inbox(String name) {
        return TestServer.home().resolve("interchange/inbox").resolve(name);
    }

    /** Writes a CSV statement file and loads it through the job; answers the execution's JSON view. */
    public String load(YearMonth month, CycleKind kind, LocalDate depositDate, List<ZLine> lines) throws Exception {
        String name = "zaikei-" + contractNumber + "-" + month + "-" + kind + "-" + RANDOM.nextInt(1_000_000) + ".csv";
        ZaikeiFileFixtures.writeCsv(inbox(name), month, kind, depositDate, lines);
        return loadFile(name, "CSV");
    }

    public static String loadFile(String name, String format) throws Exception {
        KojoBrowserlessClient admin = new KojoBrowserlessClient("batch01").loggedInAs("batch01");
        long execution = BatchApi.start(admin, "zaikei-statement-load",
                "{\"fileName\":\"" + name + "\",\"format\":\"" + format + "\"}");
        return BatchApi.awaitEnd(admin, execution);
    }

    /** The savings contract number of a person's contract of a kind in the employer's newest statement. */
    public String savingsContract(String personNumber, String kind) throws Exception {
        return TestServer.queryString("SELECT l.savings_contract FROM zaikei_statement_line l JOIN zaikei_statement s"
                + " ON s.id = l.statement_id WHERE s.organization_id = ? AND l.person_number = ? AND l.savings_kind = ?"
                + " ORDER BY s.deposit_date DESC", organizationId, personNumber, kind);
    }

    public long depositId() throws Exception {
        return TestServer.queryLong("SELECT id FROM zaikei_deposit WHERE organization_id = ?", organizationId);
    }

    public long statementId(YearMonth month, CycleKind kind) throws Exception {
        return TestServer.queryLong("SELECT id FROM zaikei_statement WHERE organization_id = ? AND year_month = ?"
                + " AND run_kind = ?", organizationId, month.toString(), kind.name());
    }
}
