package jp.kojo.batch.resultsout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import jp.kojo.batch.resultsout.ResultsExportStore.Reservation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export ledger's SQL on H2 with the real migrations, and the outbox file written whole or not at all. */
class ResultsExportStoreTest {
    private static final AtomicInteger DB = new AtomicInteger();
    private static final LocalDate TODAY = LocalDate.of(2025, 4, 23);
    private static final LocalDateTime NOW = TODAY.atTime(10, 0);

    private Connection c;
    private long org;
    private long cycle;

    @BeforeEach
    void open() throws Exception {
        c = DriverManager.getConnection("jdbc:h2:mem:results" + DB.incrementAndGet() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1", "sa", "");
        Path migrations = Path.of(System.getProperty("basedir", ".")).resolve("../ejb/src/main/resources/db/migration").normalize();
        try (Statement s = c.createStatement()) {
            for (String v : List.of("V1__foundation.sql", "V6__lump_sum.sql", "V9__results_export.sql")) {
                s.execute("RUNSCRIPT FROM '" + migrations.resolve(v) + "' CHARSET 'UTF-8'");
            }
            s.execute("INSERT INTO branch (code, name) VALUES ('001', '本店')");
            s.execute("INSERT INTO organization (contract_number, name, name_kana, type, branch_id)"
                    + " VALUES ('1000000001', '団体', 'ダンタイ', 'MEMBER', (SELECT id FROM branch))");
            s.execute("INSERT INTO person (organization_id, person_number, employee_number, name_kana)"
                    + " VALUES ((SELECT id FROM organization), '0000000001', 'E1', 'ヤマダ　タロウ')");
            s.execute("INSERT INTO deduction_cycle (year_month, kind, deduction_date) VALUES ('2025-04', 'MONTHLY', DATE '2025-04-25')");
        }
        org = one("SELECT id FROM organization");
        cycle = one("SELECT id FROM deduction_cycle");
        for (int i = 1; i <= 3; i++) {
            update("INSERT INTO deduction_line (cycle_id, organization_id, person_id, line_number, product_code,"
                    + " account_branch_code, account_number, requested_amount, result_code, not_deducted_reason)"
                    + " VALUES (?, ?, (SELECT id FROM person), ?, '30', '101', '0000001', ?, ?, ?)", cycle, org, 4 - i,
                    1000L * i, i == 2 ? "NOT_DEDUCTED" : null, i == 2 ? "RETIRED" : null);
        }
        update("INSERT INTO organization_cycle (organization_id, cycle_id, payment_date, cut_off_date, status)"
                + " VALUES (?, ?, DATE '2025-04-25', DATE '2025-04-22', 'IN_PROGRESS')", org, cycle);
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private long one(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private void send(String at) throws SQLException {
        update("UPDATE organization_cycle SET status = 'SENT', sent_at = TIMESTAMP '" + at + "'");
    }

    private int reserve(ResultsOutParameters p, long instance) throws SQLException {
        return ResultsExportStore.reserve(c, p, "results-" + instance + ".dat", TODAY, NOW, instance, instance * 10);
    }

    @Test
    void aSentCycleIsReservedOnceAndAReopenedOneSentAgainIsExportedAgainAsACorrection() throws Exception {
        ResultsOutParameters all = ResultsOutParameters.of(null, null);
        assertEquals(0, reserve(all, 1), "not sent: nothing to export");
        send("2025-04-21 09:00:00");
        assertEquals(0, reserve(ResultsOutParameters.of("202504", "BONUS"), 1), "another cycle named");
        assertEquals(1, reserve(ResultsOutParameters.of("202504", "MONTHLY"), 1));
        assertEquals(0, reserve(all, 2), "already reserved by instance 1");

        Reservation r = ResultsExportStore.reservation(c, 1);
        assertEquals("results-1.dat", r.fileName());
        assertFalse(r.allExported());
        ExportGroup g = r.groups().get(0);
        assertEquals(1, g.exportNumber());
        assertFalse(g.correction());
        List<Integer> order = new ArrayList<>();
        ResultsExportStore.lines(c, g, l -> order.add(l.lineNumber()));
        assertEquals(List.of(1, 2, 3), order);

        assertEquals(1, ResultsExportStore.markExported(c, 1, "ab".repeat(32), NOW, 11));
        assertTrue(ResultsExportStore.reservation(c, 1).allExported());
        assertEquals(0, reserve(all, 3), "exported: a re-run finds nothing");

        // The bank reopens it; while open it is not exported; sent again, it is, as export 2.
        update("UPDATE organization_cycle SET status = 'IN_PROGRESS'");
        assertEquals(0, reserve(all, 4));
        send("2025-04-22 15:30:00");
        assertEquals(1, reserve(all, 4));
        ExportGroup again = ResultsExportStore.reservation(c, 4).groups().get(0);
        assertEquals(2, again.exportNumber());
        assertTrue(again.correction());
    }

    @Test
    void aReservationWhoseCycleWasReopenedSinceIsDropped() throws Exception {
        send("2025-04-21 09:00:00");
        assertEquals(1, reserve(ResultsOutParameters.of(null, null), 1));
        assertEquals(0, ResultsExportStore.dropStale(c, 1), "still sent as reserved");
        update("UPDATE organization_cycle SET status = 'IN_PROGRESS'");
        assertEquals(1, ResultsExportStore.dropStale(c, 1));
        assertTrue(ResultsExportStore.reservation(c, 1).groups().isEmpty());
    }

    @Test
    void payrollOrganisationsAreReservedAndMarkedAsPayroll() throws Exception {
        update("INSERT INTO organization_service (organization_id, service_kind) VALUES (?, 'PAYROLL')", org);
        send("2025-04-21 09:00:00");
        assertEquals(1, reserve(ResultsOutParameters.of(null, null), 1));
        Reservation reservation = ResultsExportStore.reservation(c, 1);
        assertEquals(1, reservation.groups().size());
        assertTrue(reservation.groups().get(0).payroll(), "written by the payroll type's record writer");
        assertEquals(0, reserve(ResultsOutParameters.of(null, null), 2), "a sending is reserved once");
    }

    @Test
    void theSameSendingCannotBeReservedTwiceEvenByAConcurrentRun() throws Exception {
        send("2025-04-21 09:00:00");
        long oc = one("SELECT id FROM organization_cycle");
        update("INSERT INTO results_export (organization_cycle_id, sent_at, export_number, status, file_name, created_on,"
                + " reserved_at, job_instance_id, job_execution_id) SELECT id, sent_at, 1, 'PENDING', 'x', DATE '2025-04-23',"
                + " CURRENT_TIMESTAMP, 9, 9 FROM organization_cycle");
        assertThrows(SQLException.class, () -> update("INSERT INTO results_export (organization_cycle_id, sent_at,"
                + " export_number, status, file_name, created_on, reserved_at, job_instance_id, job_execution_id)"
                + " SELECT id, sent_at, 1, 'PENDING', 'y', DATE '2025-04-23', CURRENT_TIMESTAMP, 8, 8 FROM organization_cycle"));
        assertEquals(1, one("SELECT COUNT(*) FROM results_export WHERE organization_cycle_id = ?", oc));
    }

    @Test
    void theOutboxFileIsWrittenWholeOrNotAtAll(@TempDir Path outbox) throws Exception {
        Path file = outbox.resolve("results-1.dat");
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(file, out -> {
            out.write("half".getBytes());
            throw new IllegalStateException("disk full");
        }));
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(AtomicFile.temporaryOf(file)), "no temporary file left");

        AtomicFile.write(file, out -> out.write("first".getBytes()));
        AtomicFile.write(file, out -> out.write("again".getBytes()));
        assertEquals("again", Files.readString(file));
        try (var files = Files.list(outbox)) {
            assertEquals(List.of(file), files.toList());
        }
    }
}
