package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.kojo.deduction.boundary.DeductionLineView;
import jp.kojo.deduction.boundary.DeductionListHeader;
import jp.kojo.deduction.boundary.ProductTotal;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.Product;
import jp.kojo.platform.CsvEncoding;
import org.junit.jupiter.api.Test;

class DeductionCsvWriterTest {

    private static final Charset MS932 = Charset.forName("windows-31j");
    private static final String HEADER_ROW = "行番号,個人番号,社員番号,氏名カナ,氏名漢字,商品コード,商品名,店番,口座番号,依頼金額,前回比,前回金額,控除状態";

    private static DeductionListHeader header() {
        return new DeductionListHeader("C-0001", "株式会社テスト労組", YearMonth.of(2026, 11), CycleKind.MONTHLY,
                LocalDate.of(2026, 11, 25), LocalDateTime.of(2026, 11, 10, 9, 30),
                List.of(new ProductTotal(Product.INSTALLMENT_DEPOSIT, 2, 35_000)));
    }

    private static DeductionLineView line(int no, String kana, String kanji, long amount) {
        return new DeductionLineView(no, no, "P" + no, "E" + no, kana, kanji, Product.INSTALLMENT_DEPOSIT,
                "123", "0001234", amount);
    }

    /** Tracks close() so the tests can check the writer leaves the caller's stream open. */
    private static final class TrackingStream extends ByteArrayOutputStream {
        boolean closed;

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }

    private static byte[] write(CsvEncoding encoding, DeductionLineView... lines) throws IOException {
        TrackingStream out = new TrackingStream();
        DeductionCsvWriter.write(header(), Arrays.asList(lines), encoding, out);
        assertFalse(out.closed, "the caller's stream must stay open");
        return out.toByteArray();
    }

    /** Minimal RFC 4180 reader, so the tests check what a CSV consumer sees rather than raw strings. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertEquals(0, field.length() + row.size(), "CSV must end with CRLF");
        return rows;
    }

    @Test
    void defaultEncodingIsWindows31jWithoutBom() throws IOException {
        byte[] bytes = write(CsvEncoding.WINDOWS_31J, line(1, "ヤマダ タロウ", "山田 太郎", 12_000));
        // 行 is 0x8D 0x73 in Shift_JIS: no BOM in front of it.
        assertEquals((byte) 0x8D, bytes[0]);
        assertEquals((byte) 0x73, bytes[1]);
        String text = new String(bytes, MS932);
        assertEquals(HEADER_ROW + "\r\n" + "1,P1,E1,ヤマダ タロウ,山田 太郎,10,積立定期預金,123,0001234,12000,,,控除済\r\n", text);
        assertArrayEquals(bytes, text.getBytes(MS932), "must be valid Windows-31J");
    }

    @Test
    void nullEncodingFallsBackToWindows31j() throws IOException {
        byte[] bytes = write(null, line(1, "ｶﾅ", "髙橋", 1));
        assertEquals(HEADER_ROW, new String(bytes, MS932).split("\r\n")[0]);
        // 髙 (hashigo-daka) is one of the Windows-31J extensions plain Shift_JIS lacks.
        assertEquals("髙橋", parse(new String(bytes, MS932)).get(1).get(4));
        assertEquals("ｶﾅ", parse(new String(bytes, MS932)).get(1).get(3));
    }

    @Test
    void utf8WithBom() throws IOException {
        byte[] bytes = write(CsvEncoding.UTF8_BOM, line(1, "キム", "김민수 𠮷田", 500));
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<List<String>> rows = parse(text);
        assertEquals(List.of(HEADER_ROW.split(",")), rows.get(0));
        assertEquals("김민수 𠮷田", rows.get(1).get(4), "UTF-8 keeps every character");
    }

    @Test
    void unencodableCharactersBecomeQuestionMarksInWindows31j() throws IOException {
        byte[] bytes = write(CsvEncoding.WINDOWS_31J,
                line(1, "キム", "김민수", 100),
                line(2, "ヨシダ", "𠮷田", 200),
                // A lone surrogate is malformed input; it must not abort the export either.
                line(3, "ヤマダ", "山\uD800田", 300));
        List<List<String>> rows = parse(new String(bytes, MS932));
        assertEquals(4, rows.size());
        assertEquals("???", rows.get(1).get(4));
        assertEquals("?田", rows.get(2).get(4), "a surrogate pair is one character, so one '?'");
        assertEquals("山?田", rows.get(3).get(4));
        assertEquals("300", rows.get(3).get(9));
    }

    @Test
    void quotesFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        byte[] bytes = write(CsvEncoding.UTF8_BOM,
                line(1, "ヤマダ,タロウ", "山田 \"太郎\"", 1),
                line(2, "改行\r\nあり", "LF\nだけ", 2));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains(",\"ヤマダ,タロウ\",\"山田 \"\"太郎\"\"\","), text);
        assertTrue(text.contains(",\"改行\r\nあり\",\"LF\nだけ\","), text);
        List<List<String>> rows = parse(text);
        assertEquals(3, rows.size());
        assertEquals("ヤマダ,タロウ", rows.get(1).get(3));
        assertEquals("山田 \"太郎\"", rows.get(1).get(4));
        assertEquals("改行\r\nあり", rows.get(2).get(3));
        assertEquals("LF\nだけ", rows.get(2).get(4));
        assertEquals(13, rows.get(2).size());
    }

    @Test
    void neutralisesFormulaInjection() throws IOException {
        byte[] bytes = write(CsvEncoding.UTF8_BOM,
                line(1, "=HYPERLINK(\"http://x\")", "+1", 1),
                line(2, "-2+3", "@SUM(A1:A2)", 2),
                line(3, "\tタブ", "\rCR", 3),
                line(4, "ア=イ", "a-b", 4));
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(1).get(3));
        assertEquals("'+1", rows.get(1).get(4));
        assertEquals("'-2+3", rows.get(2).get(3));
        assertEquals("'@SUM(A1:A2)", rows.get(2).get(4));
        assertEquals("'\tタブ", rows.get(3).get(3));
        assertEquals("'\rCR", rows.get(3).get(4));
        // Only a leading character is dangerous.
        assertEquals("ア=イ", rows.get(4).get(3));
        assertEquals("a-b", rows.get(4).get(4));
    }

    @Test
    void amountsArePlainIntegers() throws IOException {
        byte[] bytes = write(CsvEncoding.WINDOWS_31J, line(1, "ア", "亜", 1_234_567), line(2, "イ", "伊", 0));
        List<List<String>> rows = parse(new String(bytes, MS932));
        assertEquals("1234567", rows.get(1).get(9));
        assertEquals("0", rows.get(2).get(9));
        assertEquals("1", rows.get(1).get(0));
    }

    @Test
    void headerRowOnlyForEmptyList() throws IOException {
        byte[] bytes = write(CsvEncoding.WINDOWS_31J);
        assertEquals(HEADER_ROW + "\r\n", new String(bytes, MS932));
    }

    @Test
    void nullFieldsAreEmpty() throws IOException {
        DeductionLineView sparse = new DeductionLineView(1, 7, null, null, null, null, null, null, null, 10);
        byte[] bytes = write(CsvEncoding.WINDOWS_31J, sparse);
        assertEquals("7,,,,,,,,,10,,,控除済", new String(bytes, MS932).split("\r\n")[1]);
    }

    @Test
    void readsTheLinesOnceAsAStream() throws IOException {
        int[] produced = {0};
        Iterable<DeductionLineView> once = new Iterable<>() {
            boolean used;

            @Override
            public java.util.Iterator<DeductionLineView> iterator() {
                assertFalse(used, "the lines must be iterated only once");
                used = true;
                return new java.util.Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return produced[0] < 5_000;
                    }

                    @Override
                    public DeductionLineView next() {
                        produced[0]++;
                        return line(produced[0], "ア", "亜", produced[0]);
                    }
                };
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DeductionCsvWriter.write(header(), once, CsvEncoding.WINDOWS_31J, out);
        List<List<String>> rows = parse(new String(out.toByteArray(), MS932));
        assertEquals(5_001, rows.size());
        assertEquals("5000", rows.get(5_000).get(9));
    }
}
