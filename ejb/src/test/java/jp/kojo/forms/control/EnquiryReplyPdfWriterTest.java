package jp.kojo.forms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import jp.kojo.organization.entity.OrganizationType;
import jp.kojo.organization.entity.ServiceKind;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class EnquiryReplyPdfWriterTest {
    @Test
    void theReplyIsOneA4PageWithAddresseeContractNumberDateAndBranch() throws Exception {
        FormFill fill = new FormFill("1234567890", "東都電機労働組合", "トウトデンキロウドウクミアイ", OrganizationType.MEMBER,
                "中央執行委員長　東都 一郎", null, null, "本店営業部", Set.of(ServiceKind.LUMP_SUM, ServiceKind.ZAIKEI),
                LocalDate.of(2026, 12, 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnquiryReplyPdfWriter.write(fill, "照会-2026-0007", out);
        byte[] bytes = out.toByteArray();
        String dir = System.getProperty("forms.dump");
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, "contract-number-reply.pdf"), bytes);
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertEquals(1, doc.getNumberOfPages());
            PDRectangle size = doc.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), size.getWidth(), 1);
            assertEquals(PDRectangle.A4.getHeight(), size.getHeight(), 1);
            String text = new PDFTextStripper().getText(doc);
            String compact = text.replaceAll("[\\s\u3000]+", "");
            assertTrue(compact.contains("契約番号のご照会について（回答）"), text);
            assertTrue(compact.contains("東都電機労働組合中央執行委員長東都一郎様"), text);
            assertTrue(!compact.contains("御中"), "an addressee by name gets 様, not also 御中: " + text);
            assertTrue(compact.contains("1234567890"), text);
            assertTrue(compact.contains("令和8年12月2日"), text);
            assertTrue(compact.contains("本店営業部"), text);
            assertTrue(compact.contains("照会-2026-0007"), text);
            assertTrue(compact.contains("まとめ入金型労金控除、財形"), text);
            assertTrue(doc.getDocumentInformation().getTitle().contains("1234567890"));
        }
    }

    @Test
    void withoutARepresentativeTheLetterIsToTheOrganisation() throws Exception {
        FormFill fill = new FormFill("2234567890", "株式会社みなと製作所", "カブシキガイシャミナトセイサクショ",
                OrganizationType.EMPLOYER, null, null, null, "港支店", Set.of(ServiceKind.PAYROLL), LocalDate.of(2026, 12, 2));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EnquiryReplyPdfWriter.write(fill, "R-1", out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String compact = new PDFTextStripper().getText(doc).replaceAll("[\\s\u3000]+", "");
            assertTrue(compact.contains("株式会社みなと製作所御中"), compact);
            assertTrue(compact.contains("2234567890"), compact);
        }
    }
}
