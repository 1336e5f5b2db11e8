package jp.kojo.forms.control;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.List;

/** The building blocks of a paper form: label and entry cells, character boxes, check boxes, stamp boxes. */
final class FormLayout {
    static final Color INK = new DeviceGray(0.15f);
    static final Color LABEL_BACKGROUND = new DeviceGray(0.90f);
    static final Color MUTED = new DeviceGray(0.40f);
    static final float LINE = 0.6f;
    static final float FRAME = 1.2f;
    static final float ROW_HEIGHT = 22f;
    static final String CHECKED = "■";
    static final String UNCHECKED = "□";

    private FormLayout() {
    }

    static Border line() {
        return new SolidBorder(INK, LINE);
    }

    /** A shaded label cell, Japanese first with a small English gloss below. */
    static Cell label(String ja, String en) {
        Cell cell = new Cell().add(new Paragraph(ja).setMargin(0).setFontSize(8.5f))
                .setBackgroundColor(LABEL_BACKGROUND).setBorder(line())
                .setPaddingLeft(4).setPaddingRight(2).setPaddingTop(1).setPaddingBottom(1)
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setMinHeight(ROW_HEIGHT);
        if (en != null) {
            cell.add(new Paragraph(en).setMargin(0).setFontSize(5.5f).setFontColor(MUTED));
        }
        return cell;
    }

    /** An entry cell: the filled value, or an empty box of the same height to write in. */
    static Cell entry(String value) {
        return entry(value, 10.5f);
    }

    static Cell entry(String value, float fontSize) {
        return new Cell().add(new Paragraph(value == null ? "" : value).setMargin(0).setFontSize(fontSize))
                .setBorder(line()).setPaddingLeft(6).setPaddingRight(4)
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setMinHeight(ROW_HEIGHT);
    }

    static Cell wrap(com.itextpdf.layout.element.IBlockElement content) {
        return new Cell().add(content).setBorder(line()).setPaddingLeft(6).setPaddingRight(4)
                .setPaddingTop(3).setPaddingBottom(3).setVerticalAlignment(VerticalAlignment.MIDDLE)
                .setMinHeight(ROW_HEIGHT);
    }

    /** One box per character, as bank forms ask for numbers and passwords; {@code text} may be null. */
    static Table characterBoxes(String text, int count, float size) {
        Table boxes = new Table(UnitValue.createPointArray(repeat(size, count)));
        for (int i = 0; i < count; i++) {
            String c = text != null && i < text.length() ? String.valueOf(text.charAt(i)) : "";
            boxes.addCell(new Cell().add(new Paragraph(c).setMargin(0).setFontSize(size * 0.62f))
                    .setBorder(line()).setPadding(0).setHeight(size + 2)
                    .setTextAlignment(TextAlignment.CENTER).setVerticalAlignment(VerticalAlignment.MIDDLE));
        }
        return boxes;
    }

    /** Check boxes in a row, e.g. □追加　■廃止; {@code checked} holds the indexes that are marked. */
    static Paragraph choices(List<String> options, List<Integer> checked) {
        Paragraph p = new Paragraph().setMargin(0).setFontSize(9.5f);
        for (int i = 0; i < options.size(); i++) {
            if (i > 0) {
                p.add(new Text("　　"));
            }
            p.add(new Text(checked.contains(i) ? CHECKED : UNCHECKED).setFontSize(11));
            p.add(new Text(" " + options.get(i)));
        }
        return p;
    }

    /** A heading bar above a section of the form, e.g. 「お届け内容」. */
    static Paragraph sectionHeading(String ja, String en) {
        return new Paragraph()
                .add(new Text("■ " + ja).setFontSize(10.5f))
                .add(new Text("  " + en).setFontSize(6.5f).setFontColor(MUTED))
                .setMargin(0).setMarginTop(10).setMarginBottom(3)
                .setBorderBottom(new SolidBorder(INK, FRAME)).setPaddingBottom(1);
    }

    /** 届出印: the square box where the customer presses the seal registered with the branch. */
    static Cell sealBox(int rowspan, float size) {
        Table square = new Table(UnitValue.createPointArray(new float[] {size})).setWidth(size)
                .setHorizontalAlignment(HorizontalAlignment.CENTER);
        square.addCell(new Cell().add(new Paragraph("届出印").setMargin(0).setFontSize(8).setFontColor(MUTED))
                .setHeight(size).setBorder(new DashedBorder(INK, LINE))
                .setTextAlignment(TextAlignment.CENTER).setVerticalAlignment(VerticalAlignment.TOP));
        return new Cell(rowspan, 1)
                .add(new Paragraph("お届出印").setMargin(0).setMarginBottom(4).setFontSize(8.5f)
                        .setTextAlignment(TextAlignment.CENTER))
                .add(square)
                .add(new Paragraph("（取引店へお届けの印鑑）").setMargin(0).setMarginTop(3).setFontSize(6.5f)
                        .setFontColor(MUTED).setTextAlignment(TextAlignment.CENTER))
                .setBorder(line()).setPadding(5).setVerticalAlignment(VerticalAlignment.MIDDLE);
    }

    /**
     * 金庫使用欄: the strip at the foot of the form where the branch stamps and initials the form. A narrow first
     * column of one character a line reads as the vertical caption bank forms have.
     */
    static Table bankUseBox(float width) {
        float stamp = 64f;
        float caption = 16f;
        float details = width - caption - 3 * stamp;
        Table box = new Table(UnitValue.createPointArray(new float[] {caption, details, stamp, stamp, stamp}));
        box.addCell(new Cell(2, 1).add(new Paragraph("金庫使用欄").setMargin(0).setFontSize(8)
                        .setTextAlignment(TextAlignment.CENTER).setFixedLeading(9.5f))
                .setBackgroundColor(LABEL_BACKGROUND).setBorder(line()).setPadding(2)
                .setVerticalAlignment(VerticalAlignment.MIDDLE));
        box.addCell(stampHeader("処理内容"));
        box.addCell(stampHeader("受付印"));
        box.addCell(stampHeader("取扱者"));
        box.addCell(stampHeader("検印"));
        box.addCell(new Cell()
                .add(smallLine("受付日　令和　　年　　月　　日"))
                .add(smallLine("処理日　令和　　年　　月　　日"))
                .add(smallLine("□ 登録　□ 変更　□ 削除　□ 回答"))
                .setBorder(line()).setPaddingLeft(6).setVerticalAlignment(VerticalAlignment.MIDDLE));
        for (int i = 0; i < 3; i++) {
            box.addCell(new Cell().setHeight(stamp - 6).setBorder(line()));
        }
        return box;
    }

    private static Cell stampHeader(String text) {
        return new Cell().add(new Paragraph(text).setMargin(0).setFontSize(7.5f))
                .setBackgroundColor(LABEL_BACKGROUND).setBorder(line()).setPadding(1.5f)
                .setTextAlignment(TextAlignment.CENTER);
    }

    private static Paragraph smallLine(String text) {
        return new Paragraph(text).setMargin(0).setMarginTop(2).setMarginBottom(2).setFontSize(8);
    }

    /** ご注意: numbered notes in small type. */
    static Table notes(List<String> lines) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {4, 96})).useAllAvailableWidth();
        for (int i = 0; i < lines.size(); i++) {
            table.addCell(noteCell(circled(i + 1)));
            table.addCell(noteCell(lines.get(i)));
        }
        return table;
    }

    private static Cell noteCell(String text) {
        return new Cell().add(new Paragraph(text).setMargin(0).setFontSize(7.8f).setFixedLeading(10.5f))
                .setBorder(Border.NO_BORDER).setPadding(0).setPaddingBottom(1);
    }

    /** ①..⑳ as Japanese notes are numbered. */
    static String circled(int n) {
        return String.valueOf((char) ('①' + n - 1));
    }

    private static float[] repeat(float value, int count) {
        float[] values = new float[count];
        java.util.Arrays.fill(values, value);
        return values;
    }
}
