package jp.kojo.forms.control;

import static jp.kojo.forms.control.FormLayout.entry;
import static jp.kojo.forms.control.FormLayout.label;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Collectors;
import jp.kojo.platform.JapaneseFont;
import jp.kojo.platform.PdfPageFooter;

/**
 * 契約番号のご照会について（回答）: the bank's A4 reply letter to a contract-number enquiry (契約番号照会依頼書). Date and
 * the paper request's reference at the top right, the organisation (or its representative) as addressee, the bank's branch as sender, then
 * the contract number with the contract's name, kana, branch and services, as a Japanese business letter is laid out.
 */
public final class EnquiryReplyPdfWriter {
    public static final String TITLE = "契約番号のご照会について（回答）";
    static final String BANK = "○○労働金庫";
    private static final float SIDE_MARGIN = 56f;
    private static final float TOP_MARGIN = 48f;
    private static final float BOTTOM_MARGIN = 60f;

    private EnquiryReplyPdfWriter() {
    }

    /** Writes the reply for the contract in {@code fill} (its date is the letter's) to {@code out}; keeps it open. */
    public static void write(FormFill fill, String reference, OutputStream out) throws IOException {
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        PdfDocument pdf = new PdfDocument(writer);
        PdfFont font = JapaneseFont.forDocument();
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(TITLE + " " + fill.contractNumber());
        info.setSubject("Reply to a contract-number enquiry");
        info.setCreator("Kojo");
        String date = JapaneseDates.format(fill.date());
        PdfPageFooter.register(pdf, font, TITLE, date, SIDE_MARGIN);

        try (Document document = new Document(pdf, PageSize.A4)) {
            document.setMargins(TOP_MARGIN, SIDE_MARGIN, BOTTOM_MARGIN, SIDE_MARGIN);
            document.setFont(font).setFontSize(10.5f).setFontColor(FormLayout.INK);
            document.add(right(date));
            document.add(right("受付番号　" + reference).setFontSize(9));
            // To the organisation (御中), or, when its representative is known, to that person (様): never both.
            boolean person = fill.representative() != null && !fill.representative().isBlank();
            document.add(new Paragraph(fill.organizationName() + (person ? "" : "　御中")).setFontSize(13)
                    .setMarginTop(14).setMarginBottom(0));
            if (person) {
                document.add(new Paragraph(fill.representative() + "　様").setFontSize(11).setMargin(0)
                        .setPaddingLeft(12));
            }
            document.add(right(BANK).setFontSize(12).setMarginTop(14));
            document.add(right(fill.branchName()));
            document.add(new Paragraph(TITLE).setFontSize(16).setCharacterSpacing(1.5f)
                    .setTextAlignment(TextAlignment.CENTER).setMarginTop(28).setMarginBottom(18));
            document.add(new Paragraph("拝啓　時下ますますご清祥のこととお慶び申し上げます。平素は格別のお引き立てを賜り、"
                    + "厚く御礼申し上げます。").setFirstLineIndent(0).setMargin(0));
            document.add(new Paragraph("さて、契約番号照会依頼書（受付番号 " + reference + "）にてご照会いただきました"
                    + "労金控除サービスの契約番号につきまして、下記のとおりご回答申し上げます。今後ともよろしくお願い申し上げます。")
                    .setMarginTop(4));
            document.add(right("敬具"));
            document.add(new Paragraph("記").setTextAlignment(TextAlignment.CENTER).setMarginTop(10));
            document.add(contract(fill));
            document.add(new Paragraph("ご不明な点は、お取引店までお問い合わせください。").setFontSize(9).setMarginTop(10)
                    .setFontColor(FormLayout.MUTED));
            document.add(right("以上"));
        }
    }

    private static Table contract(FormFill fill) {
        Table table = new Table(UnitValue.createPointArray(new float[] {120, 363}));
        table.setBorder(new SolidBorder(FormLayout.INK, FormLayout.FRAME)).setMarginTop(6);
        table.addCell(label("契約番号", "Contract no."));
        table.addCell(entry(fill.contractNumber(), 18).setCharacterSpacing(3).setMinHeight(34));
        table.addCell(label("団体名・事業所名", "Organisation"));
        table.addCell(entry(fill.organizationName(), 11));
        table.addCell(label("フリガナ", "Name (kana)"));
        table.addCell(entry(fill.organizationNameKana(), 9));
        table.addCell(label("取引店", "Branch"));
        table.addCell(entry(fill.branchName()));
        table.addCell(label("ご利用サービス", "Services"));
        table.addCell(entry(fill.services().stream().sorted().map(FormSections::serviceName)
                .collect(Collectors.joining("、"))));
        return table;
    }

    private static Paragraph right(String text) {
        return new Paragraph(text == null ? "" : text).setTextAlignment(TextAlignment.RIGHT).setMargin(0);
    }
}
