package jp.kojo.batch.resultsout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import jp.kojo.deduction.entity.CycleKind;
import org.junit.jupiter.api.Test;

/** 賃金控除型 result records: the reported amount and code per line, type 2 in the header, totals of deducted amounts. */
class PayrollResultRecordWriterTest {
    private static final ExportGroup PAYROLL = new ExportGroup(1, 2, 3, 4, "2000000002", true, YearMonth.of(2025, 5),
            CycleKind.MONTHLY, LocalDate.of(2025, 5, 23), LocalDate.of(2025, 5, 26),
            LocalDateTime.of(2025, 5, 20, 14, 0, 0), 1, LocalDate.of(2025, 5, 21));

    private static ExportLine line(int number, String product, long requested, Long deducted, String result, String reason) {
        return new ExportLine(number, String.format("%010d", number), "E" + number, "ミナト　タロウ", product, "101",
                "0000001", requested, deducted, result, reason, false);
    }

    @Test
    void eachLineCarriesTheAmountAndCodeTheOrganisationReported() {
        PayrollResultRecordWriter writer = new PayrollResultRecordWriter();
        assertEquals('2', writer.serviceType());
        String full = writer.dataRecord("2000000002", line(1, "30", 10_123, 10_123L, "DEDUCTED", null));
        assertEquals("0000010123" + "0000010123" + "1" + "0" + "0", full.substring(79, 102));
        String partial = writer.dataRecord("2000000002", line(2, "10", 20_123, 15_000L, "PARTIALLY_DEDUCTED", "INSUFFICIENT_PAY"));
        assertEquals("0000020123" + "0000015000" + "2" + "4" + "0", partial.substring(79, 102));
        String none = writer.dataRecord("2000000002", line(3, "40", 30_123, 0L, "NOT_DEDUCTED", "OTHER"));
        assertEquals("0000030123" + "0000000000" + "3" + "9" + "0", none.substring(79, 102));
        assertEquals(120, none.getBytes(ResultRecords.CHARSET).length);
    }

    @Test
    void aLineWithoutAResultOrWithAnImpossiblePartialAmountFailsTheExport() {
        PayrollResultRecordWriter writer = new PayrollResultRecordWriter();
        assertThrows(IllegalStateException.class, () -> writer.result(line(1, "30", 10_123, null, null, null)));
        assertThrows(IllegalStateException.class,
                () -> writer.result(line(2, "30", 10_123, 10_123L, "PARTIALLY_DEDUCTED", null)));
        assertThrows(IllegalStateException.class,
                () -> writer.result(line(3, "30", 10_123, null, "PARTIALLY_DEDUCTED", null)));
        assertThrows(IllegalStateException.class, () -> writer.result(line(4, "30", 10_123, 0L, "UNKNOWN", null)));
    }

    @Test
    void aPayrollSendingHasHeaderType2AndTotalsOfTheDeductedAmounts() throws Exception {
        List<ExportLine> lines = List.of(
                line(1, "30", 10_123, 10_123L, "DEDUCTED", null),
                line(2, "30", 20_123, 15_000L, "PARTIALLY_DEDUCTED", "INSUFFICIENT_PAY"),
                line(3, "10", 30_123, 0L, "NOT_DEDUCTED", "RETIRED"));
        StringWriter out = new StringWriter();
        assertEquals(3, ResultsFileContent.write(out, List.of(PAYROLL), (g, each) -> {
            for (ExportLine l : lines) {
                each.accept(l);
            }
        }));
        String[] records = out.toString().split("\r\n");
        assertEquals(8, records.length, "header, 3 data, totals 10 and 30, trailer, end");
        assertEquals("2", records[0].substring(44, 45), "賃金控除型");
        assertEquals("7" + "2000000002" + "10" + "00000001" + "000000000030123" + "00000001" + "000000000030123"
                + "00000000" + "000000000000000" + "00000000" + "000000000000000", records[4].stripTrailing());
        assertEquals("7" + "2000000002" + "30" + "00000002" + "000000000030246" + "00000000" + "000000000000000"
                + "00000000" + "000000000000000" + "00000002" + "000000000025123", records[5].stripTrailing());
        assertEquals("8" + "2000000002" + "00000003" + "000000000060369" + "00000001" + "000000000030123"
                + "00000000" + "000000000000000" + "00000002" + "000000000025123", records[6].stripTrailing());
        assertEquals("9000001", records[7].stripTrailing());
    }
}
