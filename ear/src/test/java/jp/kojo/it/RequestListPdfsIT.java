package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job {@code request-list-pdfs} in the running server: one PDF per organisation with lines in the cycle, the
 * organisation's own list read back; run again, the same files replaced whole; a cycle that does not exist fails
 * the job; an organisation's user may not start it.
 */
@ExtendWith(ArquillianExtension.class)
class RequestListPdfsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    private static KojoBrowserlessClient admin() throws Exception {
        return new KojoBrowserlessClient("batch01").loggedInAs("batch01");
    }

    private record Setup(long cycle, String yearMonth, String contractA, String contractB) {
    }

    /** A bonus cycle of its own with two lines for one new organisation and one line for another. */
    private static Setup setup() throws Exception {
        long a = TestAccounts.organization();
        long b = TestAccounts.organization();
        long cycle;
        try (Connection db = TestServer.database()) {
            cycle = LumpSumFixture.insertCycle(db, LocalDate.now().plusDays(30));
            long[] persons = new long[3];
            long[] organizations = {a, a, b};
            for (int i = 0; i < 3; i++) {
                TestServer.update("INSERT INTO person (organization_id, person_number, employee_number, name_kana) "
                        + "VALUES (?, ?, ?, ?)", organizations[i], String.format("%010d", 900 + i), "P" + i, "ヨウ　タロウ");
                persons[i] = TestServer.queryLong("SELECT id FROM person WHERE organization_id = ? AND person_number = ?",
                        organizations[i], String.format("%010d", 900 + i));
            }
            LumpSumFixture.insertLine(db, cycle, a, persons[0], 1, "10", 12_345);
            LumpSumFixture.insertLine(db, cycle, a, persons[1], 2, "20", 20_000);
            LumpSumFixture.insertLine(db, cycle, b, persons[2], 1, "10", 7_777);
        }
        return new Setup(cycle, TestServer.queryString("SELECT year_month FROM deduction_cycle WHERE id = ?", cycle),
                TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", a),
                TestServer.queryString("SELECT contract_number FROM organization WHERE id = ?", b));
    }

    private static Path folder(String yearMonth) {
        return TestServer.home().resolve("interchange/outbox/request-lists").resolve(yearMonth.replace("-", "") + "-BONUS");
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<String> files(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void everyOrganisationOfTheCycleGetsItsOwnListAndARerunReplacesThem() throws Exception {
        Setup setup = setup();
        KojoBrowserlessClient admin = admin();
        String json = "{\"yearMonth\":\"" + setup.yearMonth() + "\",\"kind\":\"BONUS\"}";
        String view = BatchApi.awaitEnd(admin, BatchApi.start(admin, "request-list-pdfs", json));
        assertTrue(view.contains("\"batchStatus\":\"COMPLETED\"") || view.matches("(?s).*\"batchStatus\"\\s*:\\s*\"COMPLETED\".*"), view);

        Path folder = folder(setup.yearMonth());
        assertEquals(Stream.of(setup.contractA() + ".pdf", setup.contractB() + ".pdf").sorted().toList(), files(folder),
                "one complete file per organisation with lines, nothing else");
        String first = text(folder.resolve(setup.contractA() + ".pdf"));
        assertTrue(first.contains(setup.contractA()), first);
        assertTrue(first.contains("試験用団体 " + setup.contractA()), first);
        assertTrue(first.contains("2件 / " + String.format(Locale.JAPAN, "%,d円", 32_345)), "lines and total: " + first);
        assertTrue(first.contains("12,345") && first.contains("20,000"), first);
        String second = text(folder.resolve(setup.contractB() + ".pdf"));
        assertTrue(second.contains("1件 / 7,777円"), second);
        assertTrue(!second.contains("12,345"), "another organisation's lines never in its list");

        long before = Files.getLastModifiedTime(folder.resolve(setup.contractA() + ".pdf")).toMillis();
        Thread.sleep(1100);
        String again = BatchApi.awaitEnd(admin, BatchApi.start(admin, "request-list-pdfs", json));
        assertTrue(again.matches("(?s).*\"batchStatus\"\\s*:\\s*\"COMPLETED\".*"), again);
        assertEquals(Stream.of(setup.contractA() + ".pdf", setup.contractB() + ".pdf").sorted().toList(), files(folder),
                "run again: the same files, no copies and no temporary files left");
        assertTrue(Files.getLastModifiedTime(folder.resolve(setup.contractA() + ".pdf")).toMillis() > before,
                "replaced whole");
    }

    @Test
    void aCycleThatDoesNotExistFailsTheJobAndABadMonthIsRefusedAtOnce() throws Exception {
        KojoBrowserlessClient admin = admin();
        String view = BatchApi.awaitEnd(admin, BatchApi.start(admin, "request-list-pdfs",
                "{\"yearMonth\":\"1899-01\",\"kind\":\"BONUS\"}"));
        assertTrue(view.matches("(?s).*\"batchStatus\"\\s*:\\s*\"FAILED\".*"), view);
        assertTrue(Files.notExists(folder("1899-01")));
        HttpResponse<String> bad = admin.postJson("/api/batch/executions/request-list-pdfs",
                "{\"yearMonth\":\"2026-13\",\"kind\":\"BONUS\"}");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("INVALID_YEAR_MONTH"), bad.body());
    }

    @Test
    void anOrganisationsUserMayNotStartIt() throws Exception {
        HttpResponse<String> refused = new KojoBrowserlessClient("union01").loggedInAs("union01")
                .postJson("/api/batch/executions/request-list-pdfs", "{}");
        assertEquals(403, refused.statusCode());
    }
}
