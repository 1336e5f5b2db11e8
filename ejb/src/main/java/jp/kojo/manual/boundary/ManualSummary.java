package jp.kojo.manual.boundary;

/** A manual as a list of manuals shows it. */
public record ManualSummary(String slug, String title) {
}
