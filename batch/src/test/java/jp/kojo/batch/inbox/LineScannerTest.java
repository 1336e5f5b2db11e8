package jp.kojo.batch.inbox;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineScannerTest {
    private static final InboundLimits SMALL = new InboundLimits(1000, 20, 3);

    private static LineScanner scan(String text, boolean csv, Charset charset) throws InboundFileRefused {
        LineScanner scanner = new LineScanner(SMALL, csv, "f");
        byte[] bytes = text.getBytes(charset);
        for (int i = 0; i < bytes.length; i += 5) { // in pieces, as the copy buffer delivers them
            scanner.accept(bytes, i, Math.min(5, bytes.length - i));
        }
        scanner.finish();
        return scanner;
    }

    @Test
    void commasInsideQuotesAreNotFieldsAndAQuotedLineBreakDoesNotEndTheRecord() throws Exception {
        assertEquals(3, scan("a,\"b,c,d\",e\n\"x\ny\",z,w\n", true, StandardCharsets.UTF_8).lines());
        assertEquals(InboundFileRefused.Reason.TOO_MANY_FIELDS,
                assertThrows(InboundFileRefused.class, () -> scan("a,b,c,d\n", true, StandardCharsets.UTF_8)).reason());
    }

    @Test
    void windows31jSecondBytesAreNeverTakenForCommasQuotesOrLineBreaks() {
        // ソ (0x83 0x5C) and 表 (0x95 0x5C) have second bytes in the ASCII range; none is a comma, quote or LF.
        assertDoesNotThrow(() -> scan("ソ表,ソ表,ソ表\nカナ,かな\n", true, Charset.forName("windows-31j")));
    }

    @Test
    void lineLengthCountsBytesWithoutTheLineBreak() {
        assertDoesNotThrow(() -> scan("x".repeat(20) + "\r\n", true, StandardCharsets.UTF_8));
        assertEquals(InboundFileRefused.Reason.LINE_TOO_LONG, assertThrows(InboundFileRefused.class,
                () -> scan("x".repeat(21) + "\r\n", true, StandardCharsets.UTF_8)).reason());
    }

    @Test
    void linesCountALastLineWithoutABreak() throws Exception {
        assertEquals(0, scan("", true, StandardCharsets.UTF_8).lines());
        assertEquals(2, scan("a\nb", true, StandardCharsets.UTF_8).lines());
        assertEquals(2, scan("a\nb\n", false, StandardCharsets.UTF_8).lines());
    }
}
