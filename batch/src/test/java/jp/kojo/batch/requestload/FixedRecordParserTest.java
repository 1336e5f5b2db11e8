package jp.kojo.batch.requestload;

import static jp.kojo.batch.requestload.RequestFileFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixedRecordParserTest {
    static final YearMonth APRIL = YearMonth.of(2025, 4);
    static final LocalDate DAY = LocalDate.of(2025, 4, 25);

    @TempDir
    Path dir;

    static List<ParsedItem> parse(Path file) throws IOException {
        List<ParsedItem> items = new ArrayList<>();
        try (RequestParser p = RequestParser.open(file, RequestFormat.FIXED, StandardCharsets.UTF_8)) {
            ParsedItem item;
            while ((item = p.next()) != null) {
                items.add(item);
            }
        }
        return items;
    }

    static List<String> problems(List<ParsedItem> items) {
        return items.stream().filter(i -> i instanceof MalformedRecord)
                .flatMap(i -> ((MalformedRecord) i).problems().stream()).map(Problem::toString).toList();
    }

    byte[] data(FixtureLine l) {
        return dataRecord(l);
    }

    FixtureLine line() {
        return FixtureLine.of("0000000001", "0000012345", "  E123    ", "ﾔﾏﾀﾞ ﾀﾛｳ", Product.LOAN_REPAYMENT, "123",
                "7654321", 25_000);
    }

    List<byte[]> file(byte[]... data) {
        List<byte[]> records = new ArrayList<>();
        records.add(headerRecord(APRIL, CycleKind.BONUS, DAY, DAY.minusDays(10), 7));
        records.addAll(List.of(data));
        records.add(trailerRecord(data.length, 0));
        records.add(endRecord());
        return records;
    }

    @Test
    void goodFileWithCrlf() throws IOException {
        Path f = writeFixed(dir.resolve("a.dat"), APRIL, CycleKind.MONTHLY, DAY, lines(3, "0000000001"));
        assertEquals(6 * 122, Files.size(f));
        List<ParsedItem> items = parse(f);
        assertEquals(6, items.size());
        RequestHeader h = (RequestHeader) items.get(0);
        assertEquals(APRIL, h.yearMonth());
        assertEquals(CycleKind.MONTHLY, h.cycleKind());
        assertEquals(DAY, h.deductionDate());
        assertEquals(CREATION_DATE, h.creationDate());
        assertEquals("0001", h.fileSequence());
        RequestRecord r = (RequestRecord) items.get(1);
        assertEquals(2, r.line());
        assertEquals("0000000001", r.contractNumber());
        assertEquals("0000000001", r.personNumber());
        assertNull(r.employeeNumber());
        assertEquals("ヤマダ　タロウ", r.nameKana());
        assertEquals("10", r.productCode());
        assertEquals(1000, r.amount());
        assertEquals("E00002", ((RequestRecord) items.get(2)).employeeNumber());
        RequestTrailer t = (RequestTrailer) items.get(4);
        assertEquals(5, t.line());
        assertEquals(3, t.recordCount());
        assertEquals(6000, t.amountTotal());
        assertInstanceOf(RequestEnd.class, items.get(5));
    }

    @Test
    void goodFileWithoutSeparators() throws IOException {
        Path f = writeFixed(dir.resolve("b.dat"), APRIL, CycleKind.BONUS, DAY, lines(3, "0000000001"), false);
        assertEquals(6 * 120, Files.size(f));
        List<ParsedItem> items = parse(f);
        assertEquals(6, items.size());
        assertTrue(problems(items).isEmpty());
        assertEquals(CycleKind.BONUS, ((RequestHeader) items.get(0)).cycleKind());
        assertEquals(4, ((RequestRecord) items.get(3)).line());
    }

    @Test
    void voicedMarksComposeAndPaddedEmployeeNumberIsTrimmed() throws IOException {
        Path f = writeFixedRecords(dir.resolve("c.dat"), file(data(line().withNameKana("ｶﾞｯｺｳ ﾊﾟｰﾄ(ｶ)"))), true);
        RequestRecord r = (RequestRecord) parse(f).get(1);
        assertEquals("ガッコウ　パート（カ）", r.nameKana());
        assertEquals("E123", r.employeeNumber());
    }

    @Test
    void wrongRecordLength() throws IOException {
        byte[] shortRecord = java.util.Arrays.copyOf(data(line()), 119);
        Path f = writeFixedRecords(dir.resolve("d.dat"), file(shortRecord), true);
        List<ParsedItem> items = parse(f);
        assertEquals(List.of("行 2 項目「レコード」(record): レコード長が 119 バイトです（120 バイトであること）"
                + " / record is 119 bytes, expected 120"), problems(items));
        assertEquals(RecordKind.DATA, items.get(1).kind());
    }

    @Test
    void wrongLengthAtTheEndOfARecordStream() throws IOException {
        List<byte[]> records = file(data(line()));
        records.set(3, new byte[] {'9', ' ', ' '});
        Path f = writeFixedRecords(dir.resolve("e.dat"), records, false);
        assertEquals(List.of("行 4 項目「レコード」(record): レコード長が 3 バイトです（120 バイトであること） / record is 3 bytes, expected 120"),
                problems(parse(f)));
    }

    @Test
    void unknownRecordType() throws IOException {
        byte[] bad = data(line());
        bad[0] = '5';
        List<ParsedItem> items = parse(writeFixedRecords(dir.resolve("f.dat"), file(bad), true));
        assertEquals(List.of("行 2 項目「レコード種別」(record type): レコード種別「5」は不明です / unknown record type '5'"),
                problems(items));
        assertNull(items.get(1).kind());
    }

    @Test
    void nonDigitAmount() throws IOException {
        byte[] bad = patch(data(line()), FixedLayout.D_AMOUNT, "00000A1000");
        assertEquals(List.of("行 2 項目「金額」(amount): 数字以外の文字があります / not a number"),
                problems(parse(writeFixedRecords(dir.resolve("g.dat"), file(bad), true))));
    }

    @Test
    void nonDigitContractAndPerson() throws IOException {
        byte[] bad = patch(patch(data(line()), FixedLayout.D_CONTRACT, "00000 0001"), FixedLayout.D_PERSON, "ABC0000001");
        assertEquals(List.of(
                "行 2 項目「契約番号」(contract number): 数字以外の文字があります / not a number",
                "行 2 項目「構成員番号」(person number): 数字以外の文字があります / not a number"),
                problems(parse(writeFixedRecords(dir.resolve("h.dat"), file(bad), true))));
    }

    @Test
    void unknownProductAndZeroAmount() throws IOException {
        byte[] bad = data(line().withProductCode("99").withAmount(0));
        assertEquals(List.of(
                "行 2 項目「商品コード」(product code): 商品コード 99 はありません / unknown product code 99",
                "行 2 項目「金額」(amount): 0 円は指定できません / amount must not be zero"),
                problems(parse(writeFixedRecords(dir.resolve("i.dat"), file(bad), true))));
    }

    @Test
    void largestAmountIsAccepted() throws IOException {
        byte[] max = data(line().withAmount(9_999_999_999L));
        List<ParsedItem> items = parse(writeFixedRecords(dir.resolve("j.dat"), file(max), true));
        assertEquals(9_999_999_999L, ((RequestRecord) items.get(1)).amount());
    }

    @Test
    void invalidDatesInHeader() throws IOException {
        byte[] header = patch(patch(headerRecord(APRIL, CycleKind.MONTHLY, DAY, DAY, 1), FixedLayout.H_DEDUCTION_DATE,
                "20250231"), FixedLayout.H_YEAR_MONTH, "202513");
        header = patch(header, FixedLayout.H_CYCLE_KIND, "3");
        List<byte[]> records = file(data(line()));
        records.set(0, header);
        assertEquals(List.of(
                "行 1 項目「控除年月」(cycle year-month): 年月 (YYYYMM) として正しくありません / not a valid year-month (YYYYMM)",
                "行 1 項目「控除区分」(cycle kind): 1（月例）または 2（賞与）を指定してください / must be 1 (monthly) or 2 (bonus)",
                "行 1 項目「控除日」(deduction date): 日付 (YYYYMMDD) として正しくありません / not a valid date (YYYYMMDD)"),
                problems(parse(writeFixedRecords(dir.resolve("k.dat"), records, true))));
    }

    @Test
    void wrongDataKind() throws IOException {
        List<byte[]> records = file(data(line()));
        records.set(0, patch(records.get(0), FixedLayout.H_DATA_KIND, "91"));
        assertEquals(List.of("行 1 項目「種別コード」(data kind code): 種別コードが 61（控除依頼）ではありません"
                        + " / data kind code must be 61 (deduction request)"),
                problems(parse(writeFixedRecords(dir.resolve("l.dat"), records, true))));
    }

    @Test
    void nameWithOtherCharacters() throws IOException {
        // Lower-case letters, and a double-byte name (山田 is 4 bytes in Windows-31J).
        byte[] lower = data(line().withNameKana("ﾔﾏﾀﾞ taro"));
        byte[] kanji = data(line().withNameKana("山田"));
        assertEquals(120, kanji.length);
        assertEquals(List.of(
                "行 2 項目「カナ氏名」(name in kana): 半角カナ以外の文字があります / characters other than half-width kana",
                "行 3 項目「カナ氏名」(name in kana): 半角カナ以外の文字があります / characters other than half-width kana"),
                problems(parse(writeFixedRecords(dir.resolve("m.dat"), file(lower, kanji), true))));
    }

    @Test
    void blankNameAndBadEmployeeNumber() throws IOException {
        byte[] bad = data(line().withNameKana(""));
        bad = patch(bad, FixedLayout.D_EMPLOYEE, "e-1       ");
        assertEquals(List.of(
                "行 2 項目「社員番号」(employee number): 10 桁以内の英数字で指定してください / must be up to 10 digits or capital letters",
                "行 2 項目「カナ氏名」(name in kana): 必須項目です / required"),
                problems(parse(writeFixedRecords(dir.resolve("n.dat"), file(bad), true))));
    }

    @Test
    void malformedDataKeepsItsAmountForTheTrailerCheck() throws IOException {
        byte[] bad = data(line().withProductCode("99"));
        MalformedRecord m = (MalformedRecord) parse(writeFixedRecords(dir.resolve("o.dat"), file(bad), true)).get(1);
        assertEquals(25_000L, m.amount());
    }
}
