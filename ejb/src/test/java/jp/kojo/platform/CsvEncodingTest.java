package jp.kojo.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvEncodingTest {
    @Test
    void aDownloadGetsUtf8OnlyWhenItAsksForItAndWindows31jOtherwise() {
        assertEquals(CsvEncoding.UTF8_BOM, CsvEncoding.ofParameter("UTF8_BOM"));
        assertEquals(CsvEncoding.WINDOWS_31J, CsvEncoding.ofParameter(null));
        assertEquals(CsvEncoding.WINDOWS_31J, CsvEncoding.ofParameter("utf8_bom"));
        assertEquals(CsvEncoding.WINDOWS_31J, CsvEncoding.ofParameter("ISO-8859-1"));
    }

    @Test
    void theContentTypeNamesTheCharsetTheBytesAreIn() {
        assertEquals("text/csv; charset=UTF-8", CsvEncoding.UTF8_BOM.contentType());
        assertEquals("text/csv; charset=Windows-31J", CsvEncoding.WINDOWS_31J.contentType());
    }
}
