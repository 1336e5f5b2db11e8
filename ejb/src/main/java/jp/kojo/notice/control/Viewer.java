package jp.kojo.notice.control;

/** Who is looking at the notices; decides which audiences they may see. */
public enum Viewer {
    /** Not logged in (the public pages). */
    ANONYMOUS,
    /** A logged-in user of a 会員 (union, co-op). */
    MEMBER,
    /** A logged-in user of a 事業主 (employer). */
    EMPLOYER,
    /** The bank's staff: they answer customers' questions, so they see what every audience sees. */
    BANK
}
