package jp.kojo.batch.requestload;

import static jp.kojo.batch.requestload.RequestFileFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kojo.batch.inbox.StagedFile;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.platform.KojoHome;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's artifacts wired by hand over H2, run the way the batch runtime runs them (validate, chunks of 500
 * with checkpoints, complete), including a crash after a chunk was written but before its checkpoint.
 * The real runtime is exercised by the Arquillian tests.
 */
class RequestLoadJobTest {
    static final YearMonth MAY = YearMonth.of(2025, 5);
    static final LocalDate DAY = LocalDate.of(2025, 5, 23);
    static final String ORG_A = "0000000001";
    static final String ORG_B = "0000000002";
    static final int ITEM_COUNT = 500;

    @TempDir
    Path home;

    Connection keepAlive;
    JdbcDataSource dataSource;
    RequestFileLedger ledger;
    long executionId = 100;
    /** One job instance per file name, as the screen starts one per file. */
    final Map<String, Long> instances = new HashMap<>();

    /** The job instance of each execution made so far, as the job repository would answer. */
    final Map<Long, Long> instanceOfExecution = new HashMap<>();

    /** A new execution of the file's job instance, with the job-level properties the job XML declares. */
    TestContexts.Job job(String fileName, String format, String encoding) {
        long instance = instances.computeIfAbsent(fileName, f -> 1L + instances.size());
        instanceOfExecution.put(++executionId, instance);
        TestContexts.Job job = new TestContexts.Job(executionId, instance);
        job.properties.setProperty("fileName", fileName);
        job.properties.setProperty("format", format);
        if (encoding != null) {
            job.properties.setProperty("encoding", encoding);
        }
        return job;
    }

    @BeforeEach
    void setUp() throws Exception {
        System.setProperty(KojoHome.PROPERTY, home.toString());
        Files.createDirectories(KojoHome.inbox());
        keepAlive = TestDatabase.open();
        dataSource = new JdbcDataSource();
        dataSource.setURL(keepAlive.getMetaData().getURL());
        dataSource.setUser("sa");
        TestDatabase.addOrganization(keepAlive, ORG_A);
        TestDatabase.addOrganization(keepAlive, ORG_B);
        ledger = new RequestFileLedger();
        ledger.dataSource = dataSource;
        ledger.clock = Clock.systemUTC();
    }

    @AfterEach
    void tearDown() throws Exception {
        System.clearProperty(KojoHome.PROPERTY);
        keepAlive.createStatement().execute("SHUTDOWN");
        keepAlive.close();
    }

    String validate(String fileName, String format, String encoding) throws Exception {
        ValidateRequestFile v = new ValidateRequestFile();
        v.jobContext = job(fileName, format, encoding);
        v.ledger = ledger;
        v.dataSource = dataSource;
        v.instanceOfExecution = e -> instanceOfExecution.getOrDefault(e, -1L);
        return v.process();
    }

    /** Runs the chunk step from a checkpoint; stops after {@code maxChunks} chunks; returns the last checkpoint. */
    Serializable load(String fileName, String format, String encoding, Serializable checkpoint, int maxChunks,
                      boolean crashBeforeLastCheckpoint) throws Exception {
        TestContexts.Step step = new TestContexts.Step();
        RequestFileReader reader = new RequestFileReader();
        reader.stepContext = step;
        reader.jobContext = job(fileName, format, encoding);
        reader.ledger = ledger;
        reader.dataSource = dataSource;
        RequestLineProcessor processor = new RequestLineProcessor();
        processor.dataSource = dataSource;
        RequestLineWriter writer = new RequestLineWriter();
        writer.dataSource = dataSource;
        writer.stepContext = step;

        reader.open(checkpoint);
        Serializable committed = checkpoint;
        try {
            for (int chunk = 0; chunk < maxChunks; chunk++) {
                List<Object> items = new ArrayList<>();
                Object item;
                while (items.size() < ITEM_COUNT && (item = reader.readItem()) != null) {
                    items.add(processor.processItem(item));
                }
                if (items.isEmpty()) {
                    break;
                }
                writer.writeItems(items);
                if (crashBeforeLastCheckpoint && chunk == maxChunks - 1) {
                    break; // rows are in the database, the checkpoint is not
                }
                committed = reader.checkpointInfo();
            }
        } finally {
            reader.close();
        }
        return committed;
    }

    String complete(String fileName, String format, String encoding) throws Exception {
        CompleteRequestLoad c = new CompleteRequestLoad();
        c.jobContext = job(fileName, format, encoding);
        c.ledger = ledger;
        c.transfer = new StagedLineTransfer();
        c.transfer.dataSource = dataSource;
        c.transfer.transaction = new TestContexts.AutoCommit();
        return c.process();
    }

    long count(String sql) throws Exception {
        return TestDatabase.count(keepAlive, sql);
    }

    void assertLinesNumberedPerOrganisation(int n) throws Exception {
        assertEquals(n, count("SELECT COUNT(*) FROM deduction_line"));
        try (PreparedStatement ps = keepAlive.prepareStatement(
                "SELECT organization_id, line_number FROM deduction_line ORDER BY source_record");
             ResultSet rs = ps.executeQuery()) {
            java.util.Map<Long, Integer> expected = new java.util.HashMap<>();
            while (rs.next()) {
                int next = expected.merge(rs.getLong(1), 1, Integer::sum);
                assertEquals(next, rs.getInt(2));
            }
        }
    }

    void loadWithCrashAndRestart(String fileName, String format, String encoding, int n) throws Exception {
        assertEquals(ValidateRequestFile.VALIDATED, validate(fileName, format, encoding));
        assertEquals("LOADING", InterchangeFileStore.findBySha(keepAlive, Sha256.of(KojoHome.inbox().resolve(fileName)))
                .orElseThrow().status());
        assertEquals(0, count("SELECT COUNT(*) FROM deduction_line"));

        Serializable checkpoint = load(fileName, format, encoding, null, 2, true);
        assertEquals(ITEM_COUNT + 1, checkpoint, "line of the 500th data record (the header is line 1)");
        // Both chunks are staged (the second one without its checkpoint); nothing is in deduction_line yet.
        assertEquals(2 * ITEM_COUNT, count("SELECT COUNT(*) FROM request_line_staging"));
        assertEquals(0, count("SELECT COUNT(*) FROM deduction_line"));
        // Completing too early moves nothing: an incomplete file never shows in deduction_line.
        assertEquals(CompleteRequestLoad.MISMATCH, complete(fileName, format, encoding));
        assertEquals(0, count("SELECT COUNT(*) FROM deduction_line"));
        assertEquals(2 * ITEM_COUNT, count("SELECT COUNT(*) FROM request_line_staging"));

        load(fileName, format, encoding, checkpoint, Integer.MAX_VALUE, false);
        assertEquals(n, count("SELECT COUNT(*) FROM request_line_staging"), "the second chunk staged once");
        assertEquals(CompleteRequestLoad.LOADED, complete(fileName, format, encoding));
        assertLinesNumberedPerOrganisation(n);
        assertEquals(0, count("SELECT COUNT(*) FROM request_line_staging"));
        assertEquals(1, count("SELECT COUNT(*) FROM interchange_file WHERE status = 'LOADED'"));
    }

    @Test
    void fixedFileLoadsAcrossACrashAndRestart() throws Exception {
        List<FixtureLine> lines = lines(1234, ORG_A, ORG_B);
        writeFixed(KojoHome.inbox().resolve("req-202505.dat"), MAY, CycleKind.MONTHLY, DAY, lines);
        loadWithCrashAndRestart("req-202505.dat", "FIXED", "UTF-8", 1234);
        assertEquals(total(lines), count("SELECT SUM(requested_amount) FROM deduction_line"));
        assertEquals(617, count("SELECT MAX(line_number) FROM deduction_line"));

        // The same content again, under another name: refused, with a report.
        Files.copy(KojoHome.inbox().resolve("req-202505.dat"), KojoHome.inbox().resolve("again.dat"));
        assertEquals(ValidateRequestFile.ALREADY_LOADED, validate("again.dat", "FIXED", null));
        String report = Files.readString(RejectionReport.path(KojoHome.reports(), "again.dat", executionId));
        assertTrue(report.startsWith("同じ内容のファイルは取込済みです（ファイル名 req-202505.dat、状態 LOADED"), report);
    }

    @Test
    void aRestartWhoseStagedRowsAreGoneReadsTheFileAgainFromItsFirstLine() throws Exception {
        List<FixtureLine> lines = lines(1100, ORG_A, ORG_B);
        writeFixed(KojoHome.inbox().resolve("lost.dat"), MAY, CycleKind.MONTHLY, DAY, lines);
        assertEquals(ValidateRequestFile.VALIDATED, validate("lost.dat", "FIXED", null));
        Serializable checkpoint = load("lost.dat", "FIXED", null, null, 2, false);
        assertEquals(2 * ITEM_COUNT + 1, checkpoint);
        // What PostgreSQL's crash recovery does to the unlogged staging table.
        keepAlive.createStatement().execute("DELETE FROM request_line_staging");
        assertEquals(CompleteRequestLoad.MISMATCH, complete("lost.dat", "FIXED", null));

        load("lost.dat", "FIXED", null, checkpoint, Integer.MAX_VALUE, false);
        assertEquals(1100, count("SELECT COUNT(*) FROM request_line_staging"), "the first two chunks read again");
        assertEquals(CompleteRequestLoad.LOADED, complete("lost.dat", "FIXED", null));
        assertLinesNumberedPerOrganisation(1100);
        assertEquals(total(lines), count("SELECT SUM(requested_amount) FROM deduction_line"));
    }

    @Test
    void aValidationKilledAfterRegisteringIsRestartedAsValidatedButAnotherJobOfTheSameContentIsRefused()
            throws Exception {
        writeFixed(KojoHome.inbox().resolve("killed.dat"), MAY, CycleKind.MONTHLY, DAY, lines(30, ORG_A, ORG_B));
        assertEquals(ValidateRequestFile.VALIDATED, validate("killed.dat", "FIXED", null));
        // kill -9 here: the file is registered LOADING, the validate step never ended. The restart (a new
        // execution of the same job instance) runs validate again over the staged copy.
        assertEquals(ValidateRequestFile.VALIDATED, validate("killed.dat", "FIXED", null));
        assertEquals(1, count("SELECT COUNT(*) FROM interchange_file"));

        // Another job instance with the same content is refused while the first is still loading.
        Files.copy(KojoHome.inbox().resolve("killed.dat"), KojoHome.inbox().resolve("same.dat"));
        assertEquals(ValidateRequestFile.ALREADY_LOADED, validate("same.dat", "FIXED", null));
        String report = Files.readString(RejectionReport.path(KojoHome.reports(), "same.dat", executionId));
        assertTrue(report.startsWith("同じ内容のファイルは取込済みです（ファイル名 killed.dat、状態 LOADING"), report);
    }

    @Test
    void csvFileInWindows31jLoadsAcrossACrashAndRestart() throws Exception {
        List<FixtureLine> lines = lines(1001, ORG_A, ORG_B);
        writeCsv(KojoHome.inbox().resolve("req.csv"), Charset.forName("windows-31j"), MAY, CycleKind.BONUS, DAY, lines);
        loadWithCrashAndRestart("req.csv", "CSV", "windows-31j", 1001);
        assertEquals(1, count("SELECT COUNT(*) FROM deduction_cycle WHERE kind = 'BONUS' AND year_month = '2025-05'"));
    }

    @Test
    void invalidFileIsRejectedWithAReportAndNothingWritten() throws Exception {
        List<FixtureLine> lines = lines(20, ORG_A, ORG_B);
        lines.set(4, lines.get(4).withAmount(0));
        lines.set(9, lines.get(9).withContractNumber("0000000077"));
        writeCsv(KojoHome.inbox().resolve("bad.csv"), StandardCharsets.UTF_8, MAY, CycleKind.MONTHLY, DAY, lines,
                Defect.DUPLICATE_LAST_LINE);
        assertEquals(ValidateRequestFile.REJECTED, validate("bad.csv", "CSV", ""));
        List<String> report = Files.readAllLines(RejectionReport.path(KojoHome.reports(), "bad.csv", executionId));
        assertEquals(List.of(
                "行 6 項目「金額」(amount): 0 円は指定できません / amount must not be zero",
                "行 11 項目「契約番号」(contract number): 登録されていない契約番号です / unknown contract number",
                "行 22 項目「商品コード」(product code): 契約番号・構成員番号・商品コードが行 21 と重複しています"
                        + " / duplicate of line 21 (contract, person, product)"), report);
        assertEquals(0, count("SELECT COUNT(*) FROM interchange_file"));
        assertEquals(0, count("SELECT COUNT(*) FROM deduction_cycle"));
        assertEquals(0, count("SELECT COUNT(*) FROM person"));
    }

    @Test
    void missingFileIsRejectedAndTraversalRefused() throws Exception {
        assertEquals(ValidateRequestFile.REJECTED, validate("nothing.dat", "FIXED", null));
        assertTrue(Files.readString(RejectionReport.path(KojoHome.reports(), "nothing.dat", executionId))
                .contains("no such file in the inbox: nothing.dat"));
        assertThrows(IllegalArgumentException.class, () -> validate("../db/kojo.mv.db", "FIXED", null));
        assertThrows(IllegalArgumentException.class, () -> validate("req.dat", "XML", null));
    }

    @Test
    void aSecondFileForTheSameCycleAndOrganisationIsRejected() throws Exception {
        writeFixed(KojoHome.inbox().resolve("one.dat"), MAY, CycleKind.MONTHLY, DAY, lines(3, ORG_A));
        assertEquals(ValidateRequestFile.VALIDATED, validate("one.dat", "FIXED", null));
        load("one.dat", "FIXED", null, null, Integer.MAX_VALUE, false);
        assertEquals(CompleteRequestLoad.LOADED, complete("one.dat", "FIXED", null));

        List<FixtureLine> other = lines(4, ORG_B, ORG_A).subList(0, 2);
        writeFixed(KojoHome.inbox().resolve("two.dat"), MAY, CycleKind.MONTHLY, DAY, new ArrayList<>(List.of(
                other.get(0), other.get(1).withPersonNumber("0000000099"))));
        assertEquals(ValidateRequestFile.REJECTED, validate("two.dat", "FIXED", null));
        assertEquals(List.of("行 3 項目「契約番号」(contract number): この契約の同じ控除サイクルの依頼は取込済みです"
                        + " / this contract already has requests in this cycle from another file"),
                Files.readAllLines(RejectionReport.path(KojoHome.reports(), "two.dat", executionId)));
    }

    @Test
    void aFileSwappedInTheInboxAfterValidationChangesNothing() throws Exception {
        Path file = KojoHome.inbox().resolve("c.dat");
        List<FixtureLine> validated = lines(3, ORG_A);
        writeFixed(file, MAY, CycleKind.MONTHLY, DAY, validated);
        assertEquals(ValidateRequestFile.VALIDATED, validate("c.dat", "FIXED", null));
        List<FixtureLine> swapped = lines(4, ORG_A);
        swapped.set(0, swapped.get(0).withAmount(999_999));
        writeFixed(file, MAY, CycleKind.MONTHLY, DAY, swapped);

        load("c.dat", "FIXED", null, null, Integer.MAX_VALUE, false);
        assertEquals(CompleteRequestLoad.LOADED, complete("c.dat", "FIXED", null));
        assertEquals(3, count("SELECT COUNT(*) FROM deduction_line"));
        assertEquals(total(validated), count("SELECT SUM(requested_amount) FROM deduction_line"));
        // The same-file-twice check knows the content that was loaded, not what lies in the inbox now.
        assertEquals(1, count("SELECT COUNT(*) FROM interchange_file WHERE sha256 = '"
                + StagedFile.of(StagedFile.folder(instances.get("c.dat")))
                        .orElseThrow().sha256() + "'"));
    }
}
