package jp.kojo.platform;

import com.itextpdf.kernel.font.PdfFont;
import java.util.ArrayList;
import java.util.List;

/**
 * A cell's text fitted to its width: at the normal size when it fits, else made smaller down to a minimum,
 * else wrapped at the minimum size (at any character: names and numbers have no better break). Nothing is cut.
 */
public record CellText(float size, List<Line> lines) {

    /** One printed line and its width in points. */
    public record Line(String text, float width) {
    }

    public static CellText fit(PdfFont font, String text, float size, float minSize, float available) {
        float width = width(font, text, size);
        if (width <= available) {
            return new CellText(size, List.of(new Line(text, width)));
        }
        float smaller = Math.max(minSize, size * available / width);
        float smallerWidth = width(font, text, smaller);
        if (smallerWidth <= available) {
            return new CellText(smaller, List.of(new Line(text, smallerWidth)));
        }
        return new CellText(minSize, wrap(font, text, minSize, available));
    }

    /** One line, made as small as it must be to fit (headings: short, and their row has a fixed height). */
    public static CellText shrink(PdfFont font, String text, float size, float available) {
        float width = width(font, text, size);
        if (width <= available) {
            return new CellText(size, List.of(new Line(text, width)));
        }
        float smaller = size * available / width;
        return new CellText(smaller, List.of(new Line(text, width(font, text, smaller))));
    }

    /** The height of the lines at the given leading (a factor of the font size). */
    public float height(float leading) {
        return lines.size() * size * leading;
    }

    private static List<Line> wrap(PdfFont font, String text, float size, float available) {
        List<Line> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            float w = font.getWidth(codePoint) * size / 1000f;
            if (lineWidth + w > available && line.length() > 0) {
                lines.add(new Line(line.toString(), lineWidth));
                line.setLength(0);
                lineWidth = 0;
            }
            line.appendCodePoint(codePoint);
            lineWidth += w;
            i += Character.charCount(codePoint);
        }
        lines.add(new Line(line.toString(), lineWidth));
        return lines;
    }

    private static float width(PdfFont font, String text, float size) {
        return text.isEmpty() ? 0 : font.getWidth(text, size);
    }
}
