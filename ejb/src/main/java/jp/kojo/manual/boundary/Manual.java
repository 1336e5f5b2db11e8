package jp.kojo.manual.boundary;

import java.util.List;

/** 操作マニュアル: one manual, as its single source describes it; the HTML page and the PDF both show this. */
public record Manual(String slug, String title, String summary, List<ManualSection> sections) {
    public Manual {
        sections = List.copyOf(sections);
    }
}
