package jp.kojo.it.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.batch.zaikeiload.ZaikeiFileFixtures.ZLine;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.it.ZaikeiFixture;
import jp.kojo.zaikei.entity.ZaikeiKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * 財形アラーム明細 in Chromium: the employer's user opens it from the menu and sees a person near the 5.5 million yen
 * tax-free limit, one over it and a contract without contributions for two years, and downloads the CSV and the PDF
 * (read back).
 */
class ZaikeiAlertsScreenIT extends KojoBrowserIT {
    /** The contributions of the run before; the fixture's general contracts last saved in October 2026. */
    private static final LocalDate LAST_MONTH = LocalDate.of(2027, 5, 25);

    @Test
    void theEmployerSeesEachKindOfAlertAndDownloadsThem() throws Exception {
        ZaikeiFixture employer = ZaikeiFixture.employer();
        // Person 1 general (and housing near the limit, added); person 2 general and housing (over the limit);
        // person 3 general and a pension stopped since March 2023, more than two years before the deposit date.
        List<ZLine> lines = new ArrayList<>(employer.lines(3));
        ZLine housing = lines.get(2);
        lines.set(2, new ZLine(housing.contractNumber(), housing.personNumber(), housing.employeeNumber(),
                housing.nameKana(), housing.birthDate(), ZaikeiKind.HOUSING, housing.savingsContract(), "20000", "100000",
                5_600_000L, housing.startDate(), LAST_MONTH, false));
        ZLine first = lines.get(0);
        String nearContract = String.format("%08d", Integer.parseInt(lines.get(lines.size() - 1).savingsContract()) + 1);
        lines.add(new ZLine(first.contractNumber(), first.personNumber(), first.employeeNumber(), first.nameKana(),
                first.birthDate(), ZaikeiKind.HOUSING, nearContract, "20000", "0", 5_000_000L, first.startDate(), LAST_MONTH,
                false));
        employer.load(YearMonth.of(2027, 6), CycleKind.MONTHLY, LocalDate.of(2027, 6, 25), lines);

        KojoBrowser browser = loggedIn(employer.general);
        browser.find("menu-zaikei-alerts").click();
        browser.waitUntilPath("/zaikei/alerts.xhtml");
        String alerts = browser.text("alerts:lines");
        assertTrue(alerts.contains("非課税限度額に接近") && alerts.contains("0008000001") && alerts.contains("5,000,000"), alerts);
        assertTrue(alerts.contains("非課税限度額超過") && alerts.contains("0008000002") && alerts.contains("5,600,000"), alerts);
        assertTrue(alerts.contains("2年以上積立なし") && alerts.contains("0008000003") && alerts.contains("2023年3月25日"), alerts);
        browser.screenshots("zaikei-alerts-01");
        browser.assertAccessible();

        browser.find("alerts:download-csv").click();
        Path csv = browser.awaitDownload(".csv");
        String text = new String(Files.readAllBytes(csv), Charset.forName("windows-31j"));
        assertTrue(text.contains("\r\n非課税限度額に接近,0008000001,"), text);
        assertTrue(text.contains("\r\n非課税限度額超過,0008000002,"), text);
        assertTrue(text.contains("\r\n2年以上積立なし,0008000003,"), text);

        browser.find("alerts:download-pdf").click();
        Path pdf = browser.awaitDownload(".pdf");
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            String printed = new PDFTextStripper().getText(document);
            assertTrue(printed.contains("財形アラーム明細") && printed.contains("非課税限度額超過")
                    && printed.contains("0008000003"), printed);
        }
    }
}
