package jp.kojo.batch.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {
    private static CsvRecordReader reader(String text, Charset charset) {
        return new CsvRecordReader(new ByteArrayInputStream(text.getBytes(charset)), charset);
    }

    @Test
    void quotedFieldsDoubledQuotesAndAFieldAcrossLinesKeepTheRecordsFirstLine() throws Exception {
        CsvRecordReader in = reader("\uFEFFH,202701\r\n\r\nD,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\nT,1\n",
                StandardCharsets.UTF_8);
        assertEquals(new CsvRecordReader.Row(1, List.of("H", "202701"), null), in.next(), "BOM dropped, CRLF");
        assertEquals(new CsvRecordReader.Row(3, List.of("D", "a,b", "say \"hi\"", "two\nlines"), null), in.next(),
                "blank line skipped");
        assertEquals(new CsvRecordReader.Row(5, List.of("T", "1"), null), in.next(), "after the two-line field");
        assertNull(in.next());
    }

    @Test
    void quoteProblemsAreNamedAndReadingGoesOn() throws Exception {
        CsvRecordReader in = reader("D,ab\"c\nD,\"open\n", StandardCharsets.UTF_8);
        assertEquals(CsvRecordReader.QuoteProblem.MISPLACED, in.next().quoteProblem());
        CsvRecordReader.Row open = in.next();
        assertEquals(CsvRecordReader.QuoteProblem.UNTERMINATED, open.quoteProblem());
        assertEquals(2, open.line());
        assertNull(in.next());
    }

    @Test
    void aLongFieldIsCutAndUndecodableBytesBecomeReplacementCharacters() throws Exception {
        CsvRecordReader in = reader("D," + "x".repeat(5000) + "\n", StandardCharsets.UTF_8);
        assertEquals(CsvRecordReader.MAX_FIELD, in.next().fields().get(1).length());
        CsvRecordReader broken = new CsvRecordReader(new ByteArrayInputStream(new byte[] {'D', ',', (byte) 0x82}),
                Charset.forName("windows-31j"));
        assertEquals(List.of("D", "\uFFFD"), broken.next().fields());
    }
}
