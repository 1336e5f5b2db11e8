package jp.kojo.forms.control;

import static jp.kojo.forms.control.FormLayout.entry;
import static jp.kojo.forms.control.FormLayout.label;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import jp.kojo.organization.entity.OrganizationType;
import jp.kojo.platform.JapaneseFont;

/**
 * Prints one of the paper forms (変更書類) on a single A4 portrait page, filled in from the contract or blank.
 * Layout as the bank's paper forms have it: form number and date, centred title, addressee, the applicant with
 * the seal box, the form's own fields, notes, and the branch's stamp boxes at the foot.
 */
public final class FormPdfWriter {
    static final String ADDRESSEE = "○○労働金庫　御中";

    private static final float SIDE_MARGIN = 42f;
    private static final float TOP_MARGIN = 34f;
    private static final float BANK_USE_BOTTOM = 30f;
    /** Room kept free above the foot for the branch's stamp boxes. */
    private static final float BOTTOM_MARGIN = 150f;
    private static final float CONTRACT_BOX = 17f;

    /** The font file is 4 MB; read it once per JVM. Racing first loads are harmless. */

    private FormPdfWriter() {
    }

    /** Writes the form as a one-page PDF to {@code out}. Does not close {@code out}. */
    public static void write(FormKind kind, FormFill fill, OutputStream out) throws IOException {
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        PdfDocument pdf = new PdfDocument(writer);
        PdfFont font = JapaneseFont.forDocument();
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(kind.titleJa() + (fill.isBlank() ? "" : " " + fill.contractNumber()));
        info.setSubject(kind.titleEn());
        info.setCreator("Kojo");

        PageSize a4 = PageSize.A4;
        try (Document document = new Document(pdf, a4)) {
            document.setMargins(TOP_MARGIN, SIDE_MARGIN, BOTTOM_MARGIN, SIDE_MARGIN);
            document.setFont(font).setFontSize(9.5f).setFontColor(FormLayout.INK);
            float width = a4.getWidth() - 2 * SIDE_MARGIN;
            addHeading(document, kind, fill);
            document.add(applicant(kind, fill));
            FormSections.addBody(document, kind, fill);
            document.add(FormLayout.sectionHeading("ご注意", "Notes"));
            document.add(FormLayout.notes(FormSections.notes(kind)));
            document.add(bankUse(width));
        }
    }

    private static void addHeading(Document document, FormKind kind, FormFill fill) {
        Table top = new Table(UnitValue.createPercentArray(new float[] {50, 50})).useAllAvailableWidth();
        top.addCell(new Cell().add(new Paragraph("様式 " + kind.formNumber() + "　労金控除サービス Kojo")
                        .setMargin(0).setFontSize(7.5f).setFontColor(FormLayout.MUTED))
                .setBorder(Border.NO_BORDER).setPadding(0).setVerticalAlignment(VerticalAlignment.BOTTOM));
        String date = fill.date() == null ? JapaneseDates.BLANK : JapaneseDates.format(fill.date());
        top.addCell(new Cell().add(new Paragraph().add(new Text("記入日　").setFontSize(8.5f))
                        .add(new Text(date).setFontSize(10.5f)).setMargin(0))
                .setBorder(Border.NO_BORDER).setPadding(0).setTextAlignment(TextAlignment.RIGHT));
        document.add(top);

        document.add(new Paragraph(kind.titleJa()).setFontSize(18).setCharacterSpacing(2)
                .setTextAlignment(TextAlignment.CENTER).setMargin(0).setMarginTop(12));
        document.add(new Paragraph(kind.titleEn()).setFontSize(7.5f).setFontColor(FormLayout.MUTED)
                .setTextAlignment(TextAlignment.CENTER).setMargin(0).setMarginBottom(12));

        document.add(new Paragraph(ADDRESSEE).setFontSize(12).setMargin(0).setMarginBottom(6)
                .setWidth(190).setBorderBottom(new SolidBorder(FormLayout.INK, FormLayout.LINE)));
        document.add(new Paragraph(FormSections.intro(kind)).setFontSize(9).setMargin(0).setMarginBottom(8));
    }

    /** お届け者: who hands the form in, with the seal box beside it. */
    private static Table applicant(FormKind kind, FormFill fill) {
        Table table = new Table(UnitValue.createPointArray(new float[] {112, 293, 106}));
        table.setBorder(new SolidBorder(FormLayout.INK, FormLayout.FRAME));
        boolean enquiry = kind == FormKind.CONTRACT_NUMBER_ENQUIRY;
        table.addCell(label(enquiry ? "契約番号\n（お分かりの場合）" : "契約番号", "Contract no."));
        table.addCell(FormLayout.wrap(FormLayout.characterBoxes(fill.contractNumber(), 10, CONTRACT_BOX)));
        table.addCell(FormLayout.sealBox(8, 72));
        table.addCell(label("区分", "Type"));
        OrganizationType type = typeOf(kind, fill);
        table.addCell(FormLayout.wrap(FormLayout.choices(List.of("会員（労働組合・生協等）", "事業主"),
                type == null ? List.of() : List.of(type == OrganizationType.MEMBER ? 0 : 1))));
        table.addCell(label("フリガナ", "Name (kana)"));
        table.addCell(entry(fill.organizationNameKana(), 8.5f).setMinHeight(16));
        table.addCell(label(nameLabel(kind), "Organisation"));
        table.addCell(entry(fill.organizationName(), 12).setMinHeight(28));
        table.addCell(label("所在地", "Address"));
        table.addCell(entry("〒　　　－　　　　　" + (fill.address() == null ? "" : "\n" + fill.address()), 9.5f)
                .setMinHeight(32));
        table.addCell(label(representativeLabel(kind), "Representative"));
        table.addCell(entry(fill.representative()));
        table.addCell(label("電話番号", "Phone"));
        table.addCell(entry(fill.phone()));
        table.addCell(label("取引店", "Branch"));
        table.addCell(entry(fill.branchName()));
        return table;
    }

    /** The initial-password forms are one per organisation type, so the type is known even on a blank one. */
    private static OrganizationType typeOf(FormKind kind, FormFill fill) {
        return switch (kind) {
            case INITIAL_PASSWORD_MEMBER -> OrganizationType.MEMBER;
            case INITIAL_PASSWORD_EMPLOYER -> OrganizationType.EMPLOYER;
            default -> fill.organizationType();
        };
    }

    private static String nameLabel(FormKind kind) {
        return switch (kind) {
            case INITIAL_PASSWORD_MEMBER -> "会員名（団体名）";
            case INITIAL_PASSWORD_EMPLOYER -> "事業所名（事業主）";
            default -> "団体名・事業所名";
        };
    }

    private static String representativeLabel(FormKind kind) {
        return switch (kind) {
            case INITIAL_PASSWORD_MEMBER -> "会員代表者　役職・氏名";
            default -> "代表者　役職・氏名";
        };
    }

    /** 金庫使用欄, pinned to the foot of the page below a dashed line, whatever the form above holds. */
    private static Div bankUse(float width) {
        Div foot = new Div();
        foot.add(new Paragraph("以下は金庫で記入しますので、ご記入しないでください。").setFontSize(7)
                .setFontColor(FormLayout.MUTED).setMargin(0).setPaddingTop(3).setMarginBottom(3)
                .setBorderTop(new DashedBorder(FormLayout.MUTED, 0.8f)));
        foot.add(FormLayout.bankUseBox(width));
        foot.setFixedPosition(SIDE_MARGIN, BANK_USE_BOTTOM, width);
        return foot;
    }

}
