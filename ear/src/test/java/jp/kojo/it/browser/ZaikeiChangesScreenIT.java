package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.batch.zaikeiload.ZaikeiFileFixtures.ZLine;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.it.ZaikeiFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * 財形積立変更明細書 in Chromium: the employer's user opens it from the menu, sees what the bank changed since the run
 * before (an amount change and an ended contract), downloads the CSV and the PDF (read back), and picks the older
 * run, which has nothing to compare with.
 */
class ZaikeiChangesScreenIT extends KojoBrowserIT {
    @Test
    void theEmployerSeesTheChangesSinceThePreviousRunAndDownloadsThem() throws Exception {
        ZaikeiFixture employer = ZaikeiFixture.employer();
        List<ZLine> before = employer.lines(4);
        employer.load(YearMonth.of(2033, 1), CycleKind.MONTHLY, LocalDate.of(2033, 1, 25), before);
        List<ZLine> after = new ArrayList<>(before);
        after.set(0, after.get(0).withMonthlyAmount("40000"));
        after.remove(1);
        employer.load(YearMonth.of(2033, 2), CycleKind.MONTHLY, LocalDate.of(2033, 2, 25), after);

        KojoBrowser browser = loggedIn(employer.general);
        browser.find("menu-zaikei-changes").click();
        browser.waitUntilPath("/zaikei/changes.xhtml");
        assertEquals("2033年2月 月例", browser.text("changes:run_label"), "the newest run first");
        assertEquals("2033年1月 月例", browser.text("previous"), "compared with the run before");
        String lines = browser.text("changes:lines");
        assertTrue(lines.contains("金額変更") && lines.contains(before.get(0).savingsContract()) && lines.contains("40,000"), lines);
        assertTrue(lines.contains("解約・終了") && lines.contains(before.get(1).savingsContract()), lines);
        browser.screenshots("zaikei-changes-01");
        browser.assertAccessible();

        browser.find("changes:download-csv").click();
        Path csv = browser.awaitDownload(".csv");
        String[] rows = new String(Files.readAllBytes(csv), Charset.forName("windows-31j")).split("\r\n");
        assertEquals(3, rows.length, "header and the two changes");
        assertTrue(rows[1].startsWith("金額変更," + before.get(0).savingsContract() + ","), rows[1]);
        assertTrue(rows[2].startsWith("解約・終了," + before.get(1).savingsContract() + ","), rows[2]);

        browser.find("changes:download-pdf").click();
        Path pdf = browser.awaitDownload(".pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("財形積立変更明細書") && text.contains(before.get(1).savingsContract()), text);
        }

        browser.choose("changes:run", "2033年1月 月例");
        browser.wait(Duration.ofSeconds(30)).until(d -> browser.text("previous").contains("前回分なし"));
        assertTrue(browser.text("changes:lines").contains("新規"), "every contract of the first run kept is new");
        browser.screenshots("zaikei-changes-02-first-run");
    }
}
