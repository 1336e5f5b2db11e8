package jp.kojo.batch.requestload;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestLoadParametersTest {
    @Test
    void plainNamesOnly() {
        for (String bad : List.of("../x.dat", "..", ".", "a/b.dat", "a\\b.dat", "/etc/passwd", ".hidden", "", " ",
                "c:x", "a\u0000b", "x".repeat(201))) {
            assertThrows(IllegalArgumentException.class, () -> RequestLoadParameters.of(bad, "FIXED", null), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> RequestLoadParameters.of(null, "FIXED", null));
        assertEquals("控除依頼 2025-04.dat", RequestLoadParameters.of("控除依頼 2025-04.dat", "fixed", null).fileName());
    }

    @Test
    void formatAndEncoding() {
        assertEquals(RequestFormat.CSV, RequestLoadParameters.of("a.csv", "CSV", null).format());
        assertEquals(StandardCharsets.UTF_8, RequestLoadParameters.of("a.csv", "CSV", "").charset());
        assertEquals(StandardCharsets.UTF_8, RequestLoadParameters.of("a.csv", "csv", "utf-8").charset());
        assertEquals(RequestLoadParameters.WINDOWS_31J, RequestLoadParameters.of("a.csv", "CSV", "Windows-31J").charset());
        assertEquals(RequestLoadParameters.WINDOWS_31J, RequestLoadParameters.of("a.dat", "FIXED", "UTF-8").charset());
        assertThrows(IllegalArgumentException.class, () -> RequestLoadParameters.of("a.csv", "CSV", "EUC-JP"));
        assertThrows(IllegalArgumentException.class, () -> RequestLoadParameters.of("a.csv", "TSV", null));
        assertThrows(IllegalArgumentException.class, () -> RequestLoadParameters.of("a.csv", null, null));
    }

    @Test
    void theExceptionNamesTheWrongParameterSoTheScreenCanSayItInTheUsersLanguage() {
        var wrong = assertThrows(RequestLoadParameters.InvalidParameterException.class,
                () -> RequestLoadParameters.of("a.csv", "CSV", "EUC-JP"));
        assertEquals(RequestLoadParameters.InvalidParameterException.Parameter.ENCODING, wrong.parameter());
        assertEquals("EUC-JP", wrong.value());
        assertEquals(RequestLoadParameters.InvalidParameterException.Parameter.FORMAT,
                assertThrows(RequestLoadParameters.InvalidParameterException.class,
                        () -> RequestLoadParameters.of("a.csv", "TSV", null)).parameter());
        assertEquals(RequestLoadParameters.InvalidParameterException.Parameter.FILE_NAME,
                assertThrows(RequestLoadParameters.InvalidParameterException.class,
                        () -> RequestLoadParameters.of("../a.csv", "CSV", null)).parameter());
    }
}
