package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.batch.requestload.RequestFileFixtures;
import jp.kojo.batch.requestload.RequestFileFixtures.FixtureLine;
import jp.kojo.deduction.entity.CycleKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The inbox as the jobs in the running server read it: names that leave the inbox and symbolic links are refused
 * by their reason before a job starts; files over the limits are rejected whole with a report naming the limit;
 * what is loaded is the staged copy that was validated, whatever lies in the inbox afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class InboxHardeningIT {
    private static final String UNION = "1000000001";
    private static final String PAYROLL = "2000000002";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private static Path inbox(String name) {
        return TestServer.home().resolve("interchange/inbox").resolve(name);
    }

    private static KojoBrowserlessClient admin() throws Exception {
        return new KojoBrowserlessClient("batch01").loggedInAs("batch01");
    }

    private static HttpResponse<String> startLoad(KojoBrowserlessClient admin, String job, String json) throws Exception {
        return admin.postJson("/api/batch/executions/" + job, json);
    }

    private static void assertRefused(HttpResponse<String> response, String code) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"code\":\"" + code + "\""), response.body());
    }

    private static long linesOfCycle(YearMonth month) throws Exception {
        return TestServer.queryLong("SELECT COUNT(*) FROM deduction_line l JOIN deduction_cycle c ON c.id = l.cycle_id "
                + "WHERE c.year_month = ?", month.toString());
    }

    @Test
    void namesThatLeaveTheInboxAreRefusedAsInvalidBeforeAJobStarts() throws Exception {
        KojoBrowserlessClient admin = admin();
        for (String name : List.of("../kojo.properties", "../../ear/pom.xml", "/etc/passwd",
                TestServer.home().resolve("kojo.properties").toString(), "..", "sub/../x.dat", ".hidden")) {
            assertRefused(startLoad(admin, "deduction-request-load",
                    "{\"fileName\":\"" + name + "\",\"format\":\"FIXED\"}"), "INVALID_FILE_NAME");
        }
        assertRefused(startLoad(admin, "deduction-request-load", "{\"fileName\":\"missing-203401.dat\",\"format\":\"FIXED\"}"),
                "NO_SUCH_FILE");
    }

    @Test
    void aSymbolicLinkToASecretOutsideTheInboxIsRefusedByEveryInboundJob() throws Exception {
        Path secret = Files.writeString(TestServer.home().resolve("secret-for-link-test.txt"), "H,not for the inbox\n");
        Path link = inbox("link-to-secret.csv");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, secret);
        KojoBrowserlessClient admin = admin();
        assertRefused(startLoad(admin, "deduction-request-load", "{\"fileName\":\"link-to-secret.csv\",\"format\":\"CSV\"}"),
                "SYMBOLIC_LINK");
        assertRefused(startLoad(admin, "zaikei-statement-load", "{\"fileName\":\"link-to-secret.csv\",\"format\":\"CSV\"}"),
                "SYMBOLIC_LINK");
        assertFalse(admin.getText("/api/batch/executions?max=500").contains("link-to-secret.csv"), "no job started");
    }

    @Test
    void oneEndlessLineOfCommasIsRejectedNamingTheFieldLimit() throws Exception {
        Path file = inbox("commas-203402.csv");
        byte[] commas = ",".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 50; i++) {
                out.write(commas); // 50 MB, no line break
            }
        }
        KojoBrowserlessClient admin = admin();
        long execution = BatchApi.start(admin, "deduction-request-load", "{\"fileName\":\"commas-203402.csv\",\"format\":\"CSV\"}");
        String view = BatchApi.awaitEnd(admin, execution);
        assertTrue(view.contains("\"exitStatus\":\"REJECTED\""), view);
        String report = admin.getText("/api/batch/executions/" + execution + "/report");
        assertTrue(report.contains("1 行の項目数が上限を超えています: commas-203402.csv（行 1、上限 100 項目、設定 kojo.inbox.max-fields）"),
                report);
        assertTrue(view.contains("\"rejectedCount\":1"), view);
    }

    @Test
    void aFileOf300MegabytesIsRejectedNamingTheSizeLimit() throws Exception {
        Path file = inbox("huge-203403.dat");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(300L * 1024 * 1024); // sparse: costs neither time nor disk
        }
        try {
            KojoBrowserlessClient admin = admin();
            long execution = BatchApi.start(admin, "deduction-request-load", "{\"fileName\":\"huge-203403.dat\",\"format\":\"FIXED\"}");
            String view = BatchApi.awaitEnd(admin, execution);
            assertTrue(view.contains("\"exitStatus\":\"REJECTED\""), view);
            String report = admin.getText("/api/batch/executions/" + execution + "/report");
            assertTrue(report.contains("the file is larger than the limit: huge-203403.dat (314572800 bytes or more, "
                    + "limit 209715200 bytes, setting kojo.inbox.max-bytes)"), report);
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aFileSwappedInTheInboxAfterValidationIsNotWhatTheLoadReads() throws Exception {
        KojoBrowserlessClient admin = admin();
        YearMonth month = YearMonth.of(2034, 4);
        List<FixtureLine> validated = new ArrayList<>(RequestFileFixtures.lines(1200, UNION, PAYROLL));
        validated.set(1099, validated.get(1099).withAmount(777_778));
        Path file = inbox("swap-203404.dat");
        RequestFileFixtures.writeFixed(file, month, CycleKind.MONTHLY, LocalDate.of(2034, 4, 25), validated);

        // Validation passes; the database refuses one line mid-load, so the job stops after validation.
        TestServer.update("ALTER TABLE request_line_staging ADD CONSTRAINT ck_it_swap CHECK (requested_amount <> 777778)");
        long failed;
        try {
            failed = BatchApi.start(admin, "deduction-request-load", "{\"fileName\":\"swap-203404.dat\",\"format\":\"FIXED\"}");
            String view = BatchApi.awaitEnd(admin, failed);
            assertTrue(view.contains("\"batchStatus\":\"FAILED\""), view);
        } finally {
            TestServer.update("ALTER TABLE request_line_staging DROP CONSTRAINT ck_it_swap");
        }
        // Someone puts another file under the same name: other amounts, one line more.
        List<FixtureLine> swapped = new ArrayList<>(RequestFileFixtures.lines(1201, UNION, PAYROLL));
        swapped.replaceAll(l -> l.withAmount(1_000));
        RequestFileFixtures.writeFixed(file, month, CycleKind.MONTHLY, LocalDate.of(2034, 4, 25), swapped);

        String view = BatchApi.awaitEnd(admin, BatchApi.restart(admin, failed));
        assertTrue(view.contains("\"batchStatus\":\"COMPLETED\""), view);
        assertEquals(1200, linesOfCycle(month));
        assertEquals(RequestFileFixtures.total(validated), TestServer.queryLong("SELECT SUM(l.requested_amount) "
                + "FROM deduction_line l JOIN deduction_cycle c ON c.id = l.cycle_id WHERE c.year_month = ?", month.toString()));
        // The same-file-twice check knows what was loaded: the swapped file is new content, the original is not.
        Path original = inbox("swap-203404-again.dat");
        RequestFileFixtures.writeFixed(original, month, CycleKind.MONTHLY, LocalDate.of(2034, 4, 25), validated);
        String again = BatchApi.awaitEnd(admin, BatchApi.start(admin, "deduction-request-load",
                "{\"fileName\":\"swap-203404-again.dat\",\"format\":\"FIXED\"}"));
        assertTrue(again.contains("\"exitStatus\":\"ALREADY_LOADED\""), again);
    }
}
