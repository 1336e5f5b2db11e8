package jp.kojo.batch.requestload;

/**
 * One thing wrong with a request file. {@code line} is the record's line (record number in a fixed file
 * without separators); 0 means the end of the file. {@code field} is null for whole-record problems.
 */
public record Problem(int line, Field field, String messageJa, String messageEn) {

    public static Problem at(int line, Field field, String messageJa, String messageEn) {
        return new Problem(line, field, messageJa, messageEn);
    }

    /** As written in the rejection report, e.g. {@code 行 12 項目「金額」(amount): 数字以外の文字があります / not a number}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        s.append(line > 0 ? "行 " + line : "ファイル末尾 (end of file)");
        if (field != null) {
            s.append(" 項目「").append(field.nameJa()).append("」(").append(field.nameEn()).append(')');
        }
        return s.append(": ").append(messageJa).append(" / ").append(messageEn).toString();
    }
}
