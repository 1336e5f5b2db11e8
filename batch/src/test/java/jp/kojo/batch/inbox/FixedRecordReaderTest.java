package jp.kojo.batch.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FixedRecordReaderTest {

    private static List<String> records(String content, int length) throws IOException {
        List<String> records = new ArrayList<>();
        try (FixedRecordReader reader = new FixedRecordReader(new BufferedInputStream(
                new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII))), length)) {
            byte[] r;
            while ((r = reader.next()) != null) {
                records.add(new String(r, StandardCharsets.US_ASCII));
            }
            assertNull(reader.next(), "the end stays the end");
        }
        return records;
    }

    @Test
    void crlfAndBareLfSeparatedRecordsComeWithoutTheirSeparator() throws IOException {
        assertEquals(List.of("abcd", "efgh", "ijkl"), records("abcd\r\nefgh\nijkl\r\n", 4));
        assertEquals(List.of("abcd", "efgh"), records("abcd\r\nefgh", 4), "the last record may lack its separator");
    }

    @Test
    void aStreamWithoutAnyNewlineIsCutIntoRecordsOfTheLength() throws IOException {
        assertEquals(List.of("abcd", "efgh", "ij"), records("abcdefghij", 4), "a short last record is left to the parser");
    }

    @Test
    void aRecordOfTheWrongLengthComesAsItIsAndAnEndlessOneIsCut() throws IOException {
        assertEquals(List.of("abc", "abcde", ""), records("abc\nabcde\n\n", 4));
        List<String> records = records("abcd\n" + "x".repeat(1000) + "\nefgh\n", 4);
        assertEquals("abcd", records.get(0));
        assertEquals(16, records.get(1).length(), "at most four records' length is kept of a line");
        assertEquals("efgh", records.get(2));
    }
}
