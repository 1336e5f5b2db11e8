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

    @Test
    void theRealLengthOfACutLineIsKnownAndItsCarriageReturnIsNotCounted() throws IOException {
        try (FixedRecordReader reader = new FixedRecordReader(new ByteArrayInputStream(
                ("abcd\r\n" + "y".repeat(1000) + "\r\nab\r\n").getBytes(StandardCharsets.US_ASCII)), 4)) {
            assertEquals("abcd", new String(reader.next(), StandardCharsets.US_ASCII));
            assertEquals(4, reader.lastLength());
            assertEquals(16, reader.next().length);
            assertEquals(1000, reader.lastLength(), "the whole line is measured, without its CR");
            assertEquals("ab", new String(reader.next(), StandardCharsets.US_ASCII));
            assertEquals(2, reader.lastLength());
            assertNull(reader.next());
        }
    }

    @Test
    void recordsAcrossTheReadersBlocksComeWhole() throws IOException {
        // 120-byte records with CRLF: 122 bytes each, so record ends fall everywhere in the 64 KiB blocks.
        StringBuilder content = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            content.append(String.format("%0120d", i)).append("\r\n");
        }
        List<String> records = records(content.toString(), 120);
        assertEquals(3_000, records.size());
        for (int i = 0; i < 3_000; i++) {
            assertEquals(String.format("%0120d", i), records.get(i));
        }
        List<String> stream = records(content.toString().replace("\r\n", ""), 120);
        assertEquals(records, stream, "the same records without separators");
    }
}
