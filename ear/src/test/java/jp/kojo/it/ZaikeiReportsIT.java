package jp.kojo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.batch.zaikeiload.ZaikeiFileFixtures.ZLine;
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
 * 財形積立変更明細書 and 財形アラーム明細 over two loaded runs: the bank's changes between them, the alerts of the
 * newest, as page, CSV and PDF; another employer's run is not found.
 */
@ExtendWith(ArquillianExtension.class)
class ZaikeiReportsIT {
    private static final Charset W31J = Charset.forName("windows-31j");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return TestServer.ear();
    }

    @Test
    void changesSinceThePreviousRunAndAlertsAreShownAndDownloaded() throws Exception {
        ZaikeiFixture employer = ZaikeiFixture.employer();
        List<ZLine> before = employer.lines(4);
        employer.load(YearMonth.of(2032, 1), CycleKind.MONTHLY, LocalDate.of(2032, 1, 23), before);
        List<ZLine> after = new ArrayList<>(before);
        after.set(0, after.get(0).withMonthlyAmount("40000"));
        after.remove(1);
        assertTrue(employer.load(YearMonth.of(2032, 2), CycleKind.MONTHLY, LocalDate.of(2032, 2, 25), after)
                .contains("\"exitStatus\":\"LOADED\""));
        long statement = employer.statementId(YearMonth.of(2032, 2), CycleKind.MONTHLY);

        KojoBrowserlessClient client = employer.generalClient();
        String page = client.getText("/zaikei/changes.xhtml");
        assertTrue(page.contains("2032年1月 月例"), "compared with the previous run");
        String changes = new String(client.get("/zaikei/changes/export?statement=" + statement + "&format=csv").body(), W31J);
        String[] rows = changes.split("\r\n");
        assertEquals(3, rows.length, changes);
        assertTrue(rows[1].startsWith("金額変更," + before.get(0).savingsContract() + ",") && rows[1].endsWith(",20000,50000,40000,50000"),
                rows[1]);
        assertTrue(rows[2].startsWith("解約・終了," + before.get(1).savingsContract() + ","), rows[2]);

        // Person 3's pension has had no contribution since 2023: an alert.
        String alerts = new String(client.get("/zaikei/alerts/export?statement=" + statement + "&format=csv").body(), W31J);
        assertTrue(alerts.contains("2年以上積立なし,0008000003,"), alerts);
        try (PDDocument pdf = Loader.loadPDF(client.get("/zaikei/alerts/export?statement=" + statement + "&format=pdf").body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("財形アラーム明細") && text.contains("0008000003"), text);
        }
        try (PDDocument pdf = Loader.loadPDF(client.get("/zaikei/changes/export?statement=" + statement + "&format=pdf").body())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("財形積立変更明細書"));
        }

        KojoBrowserlessClient stranger = ZaikeiFixture.employer().masterClient();
        assertEquals(404, stranger.get("/zaikei/changes/export?statement=" + statement + "&format=csv").statusCode());
        assertEquals(404, stranger.get("/zaikei/alerts/export?statement=" + statement + "&format=pdf").statusCode());
    }

    @Test
    void theDemoEmployersAlertsFlagThePeopleNearAndOverTheLimit() throws Exception {
        String page = new KojoBrowserlessClient("zaikei01g").loggedInAs("zaikei01g").getText("/zaikei/alerts.xhtml");
        assertTrue(page.contains("非課税限度額に接近"), page);
        assertTrue(page.contains("非課税限度額超過"), page);
        assertTrue(page.contains("2年以上積立なし"), page);
    }
}
