package jp.kojo.batch.inbox;

/**
 * An inbound file Kojo will not read: its name does not resolve to a plain file inside the inbox, or it breaks
 * one of the {@link InboundLimits}. {@link #reportLine()} says why in Japanese and English for the rejection
 * report; {@link #reason()} and {@link #subject()} let a screen say it in the user's language.
 */
public class InboundFileRefused extends Exception {
    private static final long serialVersionUID = 1L;

    public enum Reason {
        INVALID_FILE_NAME("ファイル名が正しくありません（受信フォルダ内のファイル名だけを指定してください）",
                "invalid file name (a plain name inside the inbox)"),
        NO_SUCH_FILE("受信フォルダにファイルがありません", "no such file in the inbox"),
        SYMBOLIC_LINK("シンボリックリンクは読み込みません", "a symbolic link is not read"),
        OUTSIDE_INBOX("受信フォルダの外にあるファイルは読み込みません", "the file's real path is outside the inbox"),
        NOT_A_REGULAR_FILE("通常のファイルではありません", "not a regular file"),
        FILE_TOO_LARGE("ファイルサイズが上限を超えています", "the file is larger than the limit"),
        LINE_TOO_LONG("1 行の長さが上限を超えています", "a line is longer than the limit"),
        TOO_MANY_FIELDS("1 行の項目数が上限を超えています", "a line has more fields than the limit");

        private final String japanese;
        private final String english;

        Reason(String japanese, String english) {
            this.japanese = japanese;
            this.english = english;
        }
    }

    private final Reason reason;
    private final String subject;
    private final String detailJa;
    private final String detailEn;

    InboundFileRefused(Reason reason, String subject) {
        this(reason, subject, "", "");
    }

    InboundFileRefused(Reason reason, String subject, String detailJa, String detailEn) {
        super(reason.english + ": " + subject + detailEn);
        this.reason = reason;
        this.subject = subject;
        this.detailJa = detailJa;
        this.detailEn = detailEn;
    }

    public Reason reason() {
        return reason;
    }

    /** The file name as given. */
    public String subject() {
        return subject;
    }

    /** One line for the rejection report, naming the file and, for a limit, the limit, its setting and where. */
    public String reportLine() {
        return reason.japanese + ": " + subject + detailJa + " / " + reason.english + ": " + subject + detailEn;
    }
}
