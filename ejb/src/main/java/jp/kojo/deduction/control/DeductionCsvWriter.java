package jp.kojo.deduction.control;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kojo.deduction.boundary.DeductionLineView;
import jp.kojo.deduction.boundary.DeductionListHeader;
import jp.kojo.deduction.entity.Product;
import jp.kojo.platform.CsvEncoding;

/**
 * Writes a deduction request list (控除依頼リスト) as a CSV table that Japanese Excel opens as is.
 *
 * <p>Lines are written as they are read from the iterable, so a list of any size needs constant memory. The last
 * three columns are the inquiry's: the mark against the previous cycle (新規, 変更, 変更なし, 終了; empty without a
 * previous cycle), the previous amount and the status (控除済, 未控除, 入金中止). Ended lines come last.
 */
public final class DeductionCsvWriter {

    static final List<String> COLUMNS = List.of(
            "行番号", "個人番号", "社員番号", "氏名カナ", "氏名漢字", "商品コード", "商品名", "店番", "口座番号", "依頼金額",
            "前回比", "前回金額", "控除状態");

    static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CRLF = "\r\n";

    private DeductionCsvWriter() {
    }

    /**
     * Writes the column header row and one row per line. The header is accepted for symmetry with the PDF
     * export; the CSV is deliberately a bare table so that it can be sorted, filtered and summed.
     * Does not close {@code out}.
     */
    public static void write(DeductionListHeader header, Iterable<DeductionLineView> lines, CsvEncoding encoding,
                             OutputStream out) throws IOException {
        CsvEncoding enc = encoding == null ? CsvEncoding.WINDOWS_31J : encoding;
        if (enc == CsvEncoding.UTF8_BOM) {
            out.write(UTF8_BOM);
        }
        // Not closed: closing would close the caller's stream; flushed at the end instead.
        Writer w = new BufferedWriter(new OutputStreamWriter(out, encoder(enc)), 16 * 1024);
        writeRow(w, COLUMNS);
        for (DeductionLineView line : lines) {
            Product product = line.product();
            // An ended line is no line of this cycle: no line number, no amount, no status; its old amount only.
            w.write(line.ended() ? "" : Integer.toString(line.lineNumber()));
            w.write(',');
            writeText(w, line.personNumber());
            w.write(',');
            writeText(w, line.employeeNumber());
            w.write(',');
            writeText(w, line.nameKana());
            w.write(',');
            writeText(w, line.nameKanji());
            w.write(',');
            writeText(w, product == null ? null : product.code());
            w.write(',');
            writeText(w, product == null ? null : product.nameJa());
            w.write(',');
            writeText(w, line.accountBranchCode());
            w.write(',');
            writeText(w, line.accountNumber());
            w.write(',');
            // A plain integer without separators, so Excel reads it as a number and can sum it.
            w.write(line.ended() ? "" : Long.toString(line.requestedAmount()));
            w.write(',');
            writeText(w, line.change() == null ? null : line.change().nameJa());
            w.write(',');
            w.write(line.previousAmount() == null ? "" : Long.toString(line.previousAmount()));
            w.write(',');
            writeText(w, line.status() == null ? null : line.status().nameJa());
            w.write(CRLF);
        }
        w.flush();
    }

    /**
     * An encoder that never throws on characters the charset lacks (e.g. 𠮷 or Hangul in Windows-31J)
     * or on broken surrogates: one bad name must not abort the whole export, so it becomes '?'.
     */
    static CharsetEncoder encoder(CsvEncoding encoding) {
        Charset charset = encoding == CsvEncoding.UTF8_BOM ? StandardCharsets.UTF_8 : WINDOWS_31J;
        return charset.newEncoder()
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .onMalformedInput(CodingErrorAction.REPLACE)
                .replaceWith(new byte[] {'?'});
    }

    private static void writeRow(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            writeText(w, cells.get(i));
        }
        w.write(CRLF);
    }

    /** Writes a text cell: neutralised against formula injection, then quoted per RFC 4180 where needed. */
    static void writeText(Writer w, String value) throws IOException {
        w.write(escape(value));
    }

    static String escape(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = neutraliseFormula(value);
        boolean needsQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                needsQuotes = true;
                break;
            }
        }
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /**
     * Excel and other spreadsheets evaluate a cell that starts with one of these characters as a formula
     * (CSV injection); a leading apostrophe makes it literal text. Only text cells get this: the line number
     * and the amount are written by this class as integers and must stay numeric.
     */
    static String neutraliseFormula(String text) {
        char first = text.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + text;
        }
        return text;
    }
}
