package jp.kojo.batch.requestload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The COPY text the load step sends PostgreSQL for a chunk. */
class PostgresCopyTest {
    @Test
    void oneTabSeparatedLinePerRowInTheStagingColumnsOrder() {
        List<LineRow> rows = List.of(
                new LineRow(2, 7, "0000000001", null, "ヤマダ　タロウ", "10", "001", "0001000", 1000),
                new LineRow(3, 8, "0000000002", "E00002", "スズキ　ハナコ", "20", "002", "0001001", 2000));
        assertEquals("5\t2\t7\t0000000001\t\\N\tヤマダ　タロウ\t10\t001\t0001000\t1000\n"
                        + "5\t3\t8\t0000000002\tE00002\tスズキ　ハナコ\t20\t002\t0001001\t2000\n",
                new String(PostgresCopy.text(5, rows), StandardCharsets.UTF_8));
    }

    @Test
    void backslashTabAndLineBreaksAreEscaped() {
        List<LineRow> rows = List.of(new LineRow(2, 7, "0000000001", "a\\b", "x\ty\nz\r", "10", "001", "0001000", 1));
        assertEquals("5\t2\t7\t0000000001\ta\\\\b\tx\\ty\\nz\\r\t10\t001\t0001000\t1\n",
                new String(PostgresCopy.text(5, rows), StandardCharsets.UTF_8));
    }
}
