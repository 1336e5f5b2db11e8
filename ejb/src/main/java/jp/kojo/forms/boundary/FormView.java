package jp.kojo.forms.boundary;

/** A printable form as the forms page lists it: its URL name and its titles. */
public record FormView(String slug, String titleJa, String titleEn) {
}
