package jp.kojo.batch.collectiveload;

/**
 * One thing wrong with a breakdown file, written like the request file's problems
 * ({@code 行 12 項目「積立金額」(amount): ...}). Line 0 is the end of the file; field null means the record.
 */
public record CollectiveProblem(int line, CollectiveField field, String messageJa, String messageEn) {

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
