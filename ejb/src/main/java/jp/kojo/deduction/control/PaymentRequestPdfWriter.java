package jp.kojo.deduction.control;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import jp.kojo.deduction.boundary.OrganizationCycleView;
import jp.kojo.deduction.boundary.PaymentRequestTotals.Row;
import jp.kojo.deduction.boundary.PaymentRequestView;
import jp.kojo.deduction.entity.CycleStatus;
import jp.kojo.platform.JapaneseFont;

/** Prints the lump-sum payment request (まとめ入金依頼書) as one A4 portrait page with IPAex Gothic embedded. */
public final class PaymentRequestPdfWriter {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");
    private static final Color HEADER_BACKGROUND = new DeviceGray(0.88f);
    private static final Color GRID = new DeviceGray(0.45f);
    private static final Color MUTED = new DeviceGray(0.35f);
    private static final String[][] COLUMNS = {
        {"商品", "Product"}, {"依頼件数", "Requested"}, {"依頼金額", "Requested amount"},
        {"控除不能・入金中止", "Left out"}, {"同 金額", "Left-out amount"}, {"入金件数", "Paid"},
        {"入金金額", "Payment amount"},
    };

    private PaymentRequestPdfWriter() {
    }

    /** Writes the form to {@code out}; does not close it. */
    public static void write(PaymentRequestView request, OutputStream out) throws IOException {
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        PdfDocument pdf = new PdfDocument(writer);
        PdfFont font = JapaneseFont.forDocument();
        OrganizationCycleView cycle = request.cycle();
        pdf.getDocumentInfo().setTitle("まとめ入金依頼書 " + request.contractNumber() + " " + cycle.labelJa());
        pdf.getDocumentInfo().setCreator("Kojo");
        try (Document document = new Document(pdf, PageSize.A4)) {
            document.setMargins(48, 42, 48, 42);
            document.setFont(font).setFontSize(10);
            document.add(new Paragraph().add(new Text("まとめ入金依頼書").setFontSize(20))
                    .add(new Text("   Lump-sum payment request").setFontSize(10).setFontColor(MUTED))
                    .setTextAlignment(TextAlignment.CENTER).setMarginBottom(14));
            Table head = new Table(UnitValue.createPercentArray(new float[] {22, 28, 22, 28})).useAllAvailableWidth();
            field(head, "団体名", request.organizationName());
            field(head, "契約番号", request.contractNumber());
            field(head, "控除サイクル", cycle.labelJa());
            field(head, "入金日", DATE.format(cycle.paymentDate()));
            field(head, "送信期限", DATE.format(cycle.cutOffDate()));
            field(head, "状態", statusJa(cycle.status()));
            document.add(head.setMarginBottom(16));
            document.add(totals(request));
            Table control = new Table(UnitValue.createPercentArray(new float[] {22, 28, 22, 28})).useAllAvailableWidth();
            field(control, "承認者", approver(cycle));
            field(control, "承認日時", dateTime(cycle.approvedAt()));
            field(control, "送信者", nullToDash(cycle.sentBy()));
            field(control, "送信日時", dateTime(cycle.sentAt()));
            document.add(control.setMarginTop(16));
            document.add(new Paragraph("作成日時 " + dateTime(request.printedAt())).setFontSize(8)
                    .setFontColor(MUTED).setTextAlignment(TextAlignment.RIGHT).setMarginTop(10));
        }
    }

    private static Table totals(PaymentRequestView request) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {22, 10, 15, 13, 14, 10, 16})).useAllAvailableWidth();
        for (String[] column : COLUMNS) {
            table.addHeaderCell(new Cell().add(new Paragraph(column[0]).setMargin(0).setFontSize(8.5f))
                    .add(new Paragraph(column[1]).setMargin(0).setFontSize(6).setFontColor(MUTED))
                    .setBackgroundColor(HEADER_BACKGROUND).setBorder(new SolidBorder(GRID, 0.5f)));
        }
        for (Row row : request.totals().products()) {
            row(table, row.product().nameJa(), row, false);
        }
        row(table, "合計", request.totals().total(), true);
        return table;
    }

    private static void row(Table table, String label, Row row, boolean total) {
        table.addCell(cell(label, TextAlignment.LEFT, total));
        table.addCell(cell(count(row.requestedCount()), TextAlignment.RIGHT, total));
        table.addCell(cell(yen(row.requestedAmount()), TextAlignment.RIGHT, total));
        table.addCell(cell(count(row.excludedCount()), TextAlignment.RIGHT, total));
        table.addCell(cell(yen(row.excludedAmount()), TextAlignment.RIGHT, total));
        table.addCell(cell(count(row.payableCount()), TextAlignment.RIGHT, total));
        table.addCell(cell(yen(row.payableAmount()), TextAlignment.RIGHT, total));
    }

    private static Cell cell(String text, TextAlignment align, boolean total) {
        Cell cell = new Cell().add(new Paragraph(text).setMargin(0)).setTextAlignment(align).setFontSize(9.5f)
                .setBorder(new SolidBorder(GRID, 0.5f)).setPadding(3);
        return total ? cell.setBackgroundColor(HEADER_BACKGROUND).setBorderTop(new SolidBorder(1.2f)) : cell;
    }

    private static void field(Table table, String label, String value) {
        table.addCell(new Cell().add(new Paragraph(label).setMargin(0)).setBackgroundColor(HEADER_BACKGROUND)
                .setBorder(new SolidBorder(GRID, 0.5f)).setPadding(3).setFontSize(9));
        table.addCell(new Cell().add(new Paragraph(value).setMargin(0)).setBorder(new SolidBorder(GRID, 0.5f))
                .setPadding(3).setFontSize(10));
    }

    static String statusJa(CycleStatus status) {
        return switch (status) {
            case ISSUED -> "依頼済";
            case IN_PROGRESS -> "処理中";
            case APPROVED -> "承認済";
            case SENT -> "送信済";
            case SETTLED -> "入金済";
        };
    }

    private static String approver(OrganizationCycleView cycle) {
        if (cycle.approvedBy() == null) {
            return "－";
        }
        return cycle.approvedBy() + (cycle.approvedAlone() ? "（単独承認）" : "");
    }

    static String yen(long amount) {
        return String.format(Locale.JAPAN, "%,d円", amount);
    }

    static String count(long lines) {
        return String.format(Locale.JAPAN, "%,d件", lines);
    }

    private static String dateTime(LocalDateTime at) {
        return at == null ? "－" : DATE_TIME.format(at);
    }

    private static String nullToDash(String text) {
        return text == null ? "－" : text;
    }
}
