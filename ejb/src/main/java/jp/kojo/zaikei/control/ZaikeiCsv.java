package jp.kojo.zaikei.control;

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
import jp.kojo.platform.CsvEncoding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a bare CSV table of the asset-formation savings screens with Commons CSV, as Japanese Excel opens it:
 * Windows-31J (or UTF-8 with BOM), CRLF, numbers as plain integers, text cells neutralised against formulas, a
 * character the charset lacks written as {@code ?}. Does not close {@code out}.
 */
public final class ZaikeiCsv {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ZaikeiCsv() {
    }

    public static void write(List<String> header, Iterable<List<Object>> rows, CsvEncoding encoding, OutputStream out)
            throws IOException {
        CsvEncoding enc = encoding == null ? CsvEncoding.WINDOWS_31J : encoding;
        if (enc == CsvEncoding.UTF8_BOM) {
            out.write(UTF8_BOM);
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, encoder(enc)), 16 * 1024);
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(header);
        for (List<Object> row : rows) {
            for (Object cell : row) {
                printer.print(cell instanceof String text ? neutralised(text) : cell == null ? "" : cell.toString());
            }
            printer.println();
        }
        printer.flush();
    }

    private static CharsetEncoder encoder(CsvEncoding encoding) {
        Charset charset = encoding == CsvEncoding.UTF8_BOM ? StandardCharsets.UTF_8 : Charset.forName("windows-31j");
        return charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE)
                .onMalformedInput(CodingErrorAction.REPLACE).replaceWith(new byte[] {'?'});
    }

    /** A leading = + - @ would make a spreadsheet evaluate the cell; an apostrophe keeps it text. */
    static String neutralised(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
