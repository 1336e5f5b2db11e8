package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import jp.kojo.deduction.boundary.KeyKind;
import jp.kojo.deduction.boundary.MatchOutcome;
import jp.kojo.deduction.boundary.ResultMapping;
import jp.kojo.deduction.boundary.UploadEncoding;
import jp.kojo.deduction.control.ResultMatcher.LineKey;
import jp.kojo.deduction.entity.Product;
import org.junit.jupiter.api.Test;

/**
 * A 20,000-row Windows-31J result file decoded, parsed and matched in memory (the part of an upload that is
 * not the database): every row found, and the time and bytes allocated printed for docs/benchmarks.md.
 */
class ResultUploadVolumeTest {
    private static final int ROWS = 20_000;

    @Test
    void twentyThousandRowsAreDecodedParsedAndMatched() {
        List<LineKey> lines = new ArrayList<>(ROWS);
        StringBuilder csv = new StringBuilder("社員番号,氏名,商品コード,控除額\r\n");
        for (int i = 0; i < ROWS; i++) {
            Product product = Product.values()[i % Product.values().length];
            long requested = 1_000L + i;
            lines.add(new LineKey(i, 0, i + 1, String.format("%07d", i), String.format("E%06d", i), product, requested));
            long amount = i % 10 == 0 ? requested / 2 : requested;
            csv.append(String.format("E%06d,港 太郎%d,%s,\"%,d\"\r\n", i, i, product.code(), amount));
        }
        byte[] file = csv.toString().getBytes(ResultFileDecoder.WINDOWS_31J);
        ResultMapping mapping = new ResultMapping(KeyKind.EMPLOYEE_NUMBER, "社員番号", "商品コード", "控除額", UploadEncoding.AUTO);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int warm = 0; warm < 2; warm++) {
            run(file, mapping, lines);
        }
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        ResultMatcher.Result result = run(file, mapping, lines);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertEquals(ROWS / 10 * 9, result.count(MatchOutcome.EQUAL));
        assertEquals(ROWS / 10, result.count(MatchOutcome.DIFFERENT));
        assertTrue(result.linesWithoutRow().isEmpty());
        System.out.printf("20,000 rows, %,d bytes: decode+parse+match %d ms, %,d bytes allocated%n", file.length, millis, allocated);
    }

    private static ResultMatcher.Result run(byte[] file, ResultMapping mapping, List<LineKey> lines) {
        ResultFileDecoder.Decoded decoded = ResultFileDecoder.decode(file, mapping.encoding());
        return ResultMatcher.match(ResultFileParser.parse(decoded.text(), mapping), lines, mapping.keyKind());
    }
}
