package jp.kojo.batch.requestload;

import static jp.kojo.batch.requestload.RequestFileFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordParserTest {
    static final YearMonth APRIL = YearMonth.of(2025, 4);
    static final LocalDate DAY = LocalDate.of(2025, 4, 25);
    static final Charset W31J = Charset.forName("windows-31j");

    @TempDir
    Path dir;

    static List<ParsedItem> parse(Path file, Charset charset) throws IOException {
        List<ParsedItem> items = new ArrayList<>();
        try (RequestParser p = RequestParser.open(file, RequestFormat.CSV, charset)) {
            ParsedItem item;
            while ((item = p.next()) != null) {
                items.add(item);
            }
        }
        return items;
    }

    static List<String> problems(List<ParsedItem> items) {
        return FixedRecordParserTest.problems(items);
    }

    Path rows(String... rows) {
        List<String> all = new ArrayList<>();
        all.add("H,202504,1,20250425");
        all.addAll(List.of(rows));
        all.add("T," + rows.length + ",0");
        return writeCsvRows(dir.resolve("r.csv"), StandardCharsets.UTF_8, all);
    }

    @Test
    void goodFileInBothEncodingsAndBothWidths() throws IOException {
        List<FixtureLine> lines = lines(4, "0000000001", "0000000002");
        lines.set(1, lines.get(1).withFullWidthName());
        for (Charset cs : List.of(StandardCharsets.UTF_8, W31J)) {
            Path f = writeCsv(dir.resolve("g.csv"), cs, APRIL, CycleKind.BONUS, DAY, lines);
            List<ParsedItem> items = parse(f, cs);
            assertTrue(problems(items).isEmpty(), () -> problems(items).toString());
            assertEquals(6, items.size());
            RequestHeader h = (RequestHeader) items.get(0);
            assertEquals(APRIL, h.yearMonth());
            assertEquals(CycleKind.BONUS, h.cycleKind());
            assertNull(h.creationDate());
            for (int i = 0; i < 4; i++) {
                RequestRecord r = (RequestRecord) items.get(i + 1);
                assertEquals(i + 2, r.line());
                assertEquals(lines.get(i).storedNameKana(), r.nameKana());
            }
            assertEquals("スズキ　ハナコ", ((RequestRecord) items.get(2)).nameKana());
            assertEquals(new RequestTrailer(6, 4, total(lines)), items.get(5));
        }
    }

    @Test
    void byteOrderMarkQuotesAndBlankLines() throws IOException {
        Path f = dir.resolve("bom.csv");
        Files.writeString(f, "\uFEFFH,202504,2,20250425\n\n\"D\",0000000001,0000000002,,\"ﾔﾏﾀﾞ \"\"ﾀﾛｳ\"\"\",30,001,1234567,500\r\nT,1,500\n\n",
                StandardCharsets.UTF_8);
        List<ParsedItem> items = parse(f, StandardCharsets.UTF_8);
        assertEquals(List.of("行 3 項目「カナ氏名」(name in kana): カナ以外の文字があります / characters other than kana"),
                problems(items));
        assertEquals(4, items.get(2).line());
    }

    @Test
    void fieldCountAndUnknownType() throws IOException {
        List<ParsedItem> items = parse(rows("D,0000000001,0000000002,,ﾔﾏﾀﾞ,30,001,1234567", "X,1"), StandardCharsets.UTF_8);
        assertEquals(List.of(
                "行 2 項目「項目数」(field count): 項目数が 8 です（9 であること） / 8 fields, expected 9",
                "行 3 項目「レコード種別」(record type): レコード種別「X」は不明です / unknown record type 'X'"),
                problems(items));
    }

    @Test
    void fieldErrors() throws IOException {
        List<ParsedItem> items = parse(rows(
                "D,000000000A,0000000002,,ﾔﾏﾀﾞ,30,001,1234567,100",
                "D,0000000001,0000000002,,ヤマダ　タロウ,60,001,1234567,10000000000",
                "D,0000000001,0000000002,,山田,10,01,1234567,0",
                "D,0000000001,0000000002,,ﾔﾏﾀﾞ,10,001,1234567,1.5"), StandardCharsets.UTF_8);
        assertEquals(List.of(
                "行 2 項目「契約番号」(contract number): 数字以外の文字があります / not a number",
                "行 3 項目「商品コード」(product code): 商品コード 60 はありません / unknown product code 60",
                "行 3 項目「金額」(amount): 9,999,999,999 円を超えています / over 9,999,999,999 yen",
                "行 4 項目「カナ氏名」(name in kana): カナ以外の文字があります / characters other than kana",
                "行 4 項目「口座店番」(account branch code): 3 桁で指定してください / must be 3 digits",
                "行 4 項目「金額」(amount): 0 円は指定できません / amount must not be zero",
                "行 5 項目「金額」(amount): 数字以外の文字があります / not a number"),
                problems(items));
    }

    @Test
    void headerErrors() throws IOException {
        Path f = writeCsvRows(dir.resolve("h.csv"), StandardCharsets.UTF_8, List.of("H,202504,1,20250431", "T,0,0"));
        assertEquals(List.of("行 1 項目「控除日」(deduction date): 日付 (YYYYMMDD) として正しくありません / not a valid date (YYYYMMDD)"),
                problems(parse(f, StandardCharsets.UTF_8)));
    }

    @Test
    void undecodableBytesBecomeFieldProblems() throws IOException {
        // Windows-31J bytes read as UTF-8.
        Path f = writeCsv(dir.resolve("w.csv"), W31J, APRIL, CycleKind.MONTHLY, DAY, lines(1, "0000000001"));
        assertEquals(List.of("行 2 項目「カナ氏名」(name in kana): カナ以外の文字があります / characters other than kana"),
                problems(parse(f, StandardCharsets.UTF_8)));
    }

    @Test
    void tooLongName() throws IOException {
        String name = "ア".repeat(31);
        assertEquals(List.of("行 2 項目「カナ氏名」(name in kana): 30 文字を超えています / longer than 30 characters"),
                problems(parse(rows("D,0000000001,0000000002,,\"" + name + "\",10,001,1234567,100"), StandardCharsets.UTF_8)));
    }

    @Test
    void unterminatedQuote() throws IOException {
        Path f = dir.resolve("q.csv");
        Files.writeString(f, "H,202504,1,20250425\r\nD,0000000001,0000000002,,\"ﾔﾏﾀﾞ,10,001,1234567,100\r\n", StandardCharsets.UTF_8);
        assertEquals(List.of("行 2 項目「レコード」(record): 閉じていない引用符があります / unterminated quote"),
                problems(parse(f, StandardCharsets.UTF_8)));
    }
}
