package jp.kojo.batch.resultsout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import jp.kojo.deduction.boundary.PaymentRequestTotals;
import jp.kojo.deduction.control.PaymentRequestCalculator;
import jp.kojo.deduction.entity.CycleKind;
import jp.kojo.deduction.entity.Product;
import org.junit.jupiter.api.Test;

class ResultRecordsTest {
    static final ExportGroup GROUP = new ExportGroup(1, 2, 3, 4, "1000000001", false, YearMonth.of(2025, 4),
            CycleKind.BONUS, LocalDate.of(2025, 4, 25), LocalDate.of(2025, 4, 28),
            LocalDateTime.of(2025, 4, 22, 9, 5, 7), 2, LocalDate.of(2025, 4, 23));

    static ExportLine line(int number, String product, long amount, String result, String reason, boolean stop) {
        return new ExportLine(number, String.format("%010d", 12345 + number), "E12", "ヤマダ　タロウ", product, "101",
                "7654321", amount, null, result, reason, stop);
    }

    static int bytes(String record) {
        return record.getBytes(ResultRecords.CHARSET).length;
    }

    @Test
    void headerCarriesKindCodeCycleDatesAndTheCorrectionOfASecondExport() {
        String h = ResultRecords.header(GROUP, '1');
        assertEquals(120, bytes(h));
        assertEquals("162" + "1000000001" + "202504" + "2" + "20250425" + "20250428" + "20250423" + "1" + "02" + "1"
                + "20250422090507", h.stripTrailing());
        ExportGroup first = new ExportGroup(1, 2, 3, 4, "1000000001", false, YearMonth.of(2025, 4), CycleKind.MONTHLY,
                LocalDate.of(2025, 4, 25), LocalDate.of(2025, 4, 25), LocalDateTime.of(2025, 4, 22, 9, 5, 7), 1,
                LocalDate.of(2025, 4, 23));
        String f = ResultRecords.header(first, '1');
        assertEquals("1", f.substring(19, 20), "月例");
        assertEquals("01", f.substring(45, 47));
        assertEquals("0", f.substring(47, 48), "no correction");
    }

    @Test
    void dataRecordPutsEachFieldAtItsPositionWithTheNameInHalfWidthKana() {
        ExportLine l = line(7, "30", 25_000, "NOT_DEDUCTED", "RETIRED", true);
        String d = new LumpSumResultRecordWriter().dataRecord("1000000001", l);
        assertEquals(120, d.length());
        assertEquals(120, bytes(d), "half-width kana are one byte each in Windows-31J");
        assertEquals("2", d.substring(0, 1));
        assertEquals("1000000001", d.substring(1, 11));
        assertEquals("000007", d.substring(11, 17));
        assertEquals("0000012352", d.substring(17, 27));
        assertEquals("E12       ", d.substring(27, 37));
        assertEquals("ﾔﾏﾀﾞ ﾀﾛｳ", d.substring(37, 67).stripTrailing());
        assertEquals("30", d.substring(67, 69));
        assertEquals("101", d.substring(69, 72));
        assertEquals("7654321", d.substring(72, 79));
        assertEquals("0000025000", d.substring(79, 89));
        assertEquals("0000000000", d.substring(89, 99), "nothing deducted");
        assertEquals("3", d.substring(99, 100), "控除不能");
        assertEquals("1", d.substring(100, 101), "退職");
        assertEquals("1", d.substring(101, 102), "payment stop");
        assertEquals(" ".repeat(18), d.substring(102));

        String ok = new LumpSumResultRecordWriter().dataRecord("1000000001", line(8, "10", 10_000, null, null, false));
        assertEquals("0000010000", ok.substring(89, 99));
        assertEquals("100", ok.substring(99, 102));
        String other = new LumpSumResultRecordWriter().dataRecord("1000000001", line(9, "10", 10_000, "NOT_DEDUCTED", "OTHER", false));
        assertEquals("390", other.substring(99, 102));
    }

    @Test
    void anAmountTooLongForItsFieldFailsRatherThanBeingCut() {
        ExportLine huge = line(1, "30", 99_999_999_999L, null, null, false);
        assertThrows(IllegalArgumentException.class, () -> new LumpSumResultRecordWriter().dataRecord("1000000001", huge));
        assertThrows(IllegalArgumentException.class, () -> new LumpSumResultRecordWriter().dataRecord("12345", line(1, "30", 1, null, null, false)));
    }

    @Test
    void aLongNameIsCutAtThirtyBytesAndUnknownCharactersBecomeQuestionMarks() {
        ExportLine l = new ExportLine(1, "0000000001", null, "ガギグゲゴザジズゼゾダヂヅデドバビブベボ", "10", "101", "0000001",
                1, null, null, null, false);
        String d = ResultRecords.data("1000000001", l, new LineResult(1, ResultKind.FULL));
        assertEquals(120, bytes(d));
        assertEquals("ｶﾞｷﾞｸﾞｹﾞｺﾞｻﾞｼﾞｽﾞｾﾞｿﾞﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞ", d.substring(37, 67));
        assertEquals(" ".repeat(10), d.substring(27, 37), "no employee number");
        assertEquals("ｳﾞｧ(ｶ)? ABC", HalfWidthKana.of("ヴァ（カ）漢　ＡＢＣ"));
        assertEquals("ﾊﾟｰｸ", HalfWidthKana.of("パーク"));
    }

    @Test
    void totalsPerProductAndOverallAgreeWithThePaymentRequest() throws Exception {
        List<ExportLine> lines = List.of(
                line(1, "30", 30_123, "NOT_DEDUCTED", "RETIRED", true),
                line(2, "10", 10_123, null, null, false),
                line(3, "40", 40_123, "NOT_DEDUCTED", "OTHER", false),
                line(4, "30", 50_123, "DEDUCTED", null, false),
                line(5, "10", 7_000, "NOT_DEDUCTED", "LEAVE", false));
        StringWriter out = new StringWriter();
        long data = ResultsFileContent.write(out, List.of(GROUP), (g, each) -> {
            for (ExportLine l : lines) {
                each.accept(l);
            }
        });
        assertEquals(5, data);
        String[] records = out.toString().split("\r\n", -1);
        // header, 5 data, 3 totals (10, 30, 40), trailer, end, and the empty string after the last CRLF
        assertEquals(12, records.length);
        assertEquals("", records[11]);
        for (int i = 0; i < 11; i++) {
            assertEquals(120, bytes(records[i]), "record " + i);
        }
        assertEquals("7" + "1000000001" + "10" + "00000002" + "000000000017123" + "00000001" + "000000000007000"
                + "00000000" + "000000000000000" + "00000001" + "000000000010123", records[6].stripTrailing());
        assertEquals("30", records[7].substring(11, 13));
        assertEquals("00000001" + "000000000050123", records[7].substring(82, 105), "to be paid: line 4 only");
        assertEquals("40", records[8].substring(11, 13));
        String trailer = records[9];
        assertEquals("81000000001", trailer.substring(0, 11));
        assertEquals("9000001", records[10].stripTrailing());

        PaymentRequestCalculator calc = new PaymentRequestCalculator();
        lines.forEach(l -> calc.add(new PaymentRequestCalculator.LineAmount(Product.ofCode(l.productCode()).orElseThrow(),
                l.requestedAmount(), l.markedNotDeducted(), l.paymentStopped())));
        PaymentRequestTotals.Row all = calc.totals().total();
        assertEquals(String.format("%08d%015d", all.requestedCount(), all.requestedAmount()), trailer.substring(11, 34));
        assertEquals(String.format("%08d%015d", all.payableCount(), all.payableAmount()), trailer.substring(80, 103));
        assertEquals(String.format("%08d%015d", 3, 30_123 + 40_123 + 7_000), trailer.substring(34, 57));
        assertEquals(String.format("%08d%015d", 1, 30_123), trailer.substring(57, 80));
    }
}
