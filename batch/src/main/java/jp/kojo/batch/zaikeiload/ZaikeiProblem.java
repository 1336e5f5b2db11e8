package jp.kojo.batch.zaikeiload;

/**
 * One thing wrong with a savings statement file, written like the request file's problems
 * ({@code 行 12 項目「月例積立額」(monthly amount): ...}). Line 0 is the end of the file; field null means the record.
 */
public record ZaikeiProblem(int line, ZaikeiField field, String messageJa, String messageEn) {

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
