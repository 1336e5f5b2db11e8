package jp.kojo.manual.boundary;

import java.util.List;

/**
 * A section of a manual: a heading, paragraphs and at most one screenshot of the real screen. A section
 * for a screen that does not exist yet is marked planned and has no screenshot.
 */
public record ManualSection(String heading, List<String> paragraphs, String screenshot, String screenshotAlt,
                            boolean planned) {
    public ManualSection {
        paragraphs = List.copyOf(paragraphs);
    }

    public boolean hasScreenshot() {
        return screenshot != null;
    }
}
