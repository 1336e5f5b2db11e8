package jp.kojo.it;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * A results file (控除結果データ) in the test server's outbox, read back by the byte positions of
 * docs/interchange.md § 2 (not with the writer's own classes, so a shifted field shows).
 */
public final class ResultsFile {
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /** One data record, its fields as the host reads them; the kana name turned full-width again. */
    public record Data(String contract, int lineNumber, String personNumber, String employeeNumber, String nameKana,
                       String product, String branch, String account, long requested, long deducted, char result,
                       char reason, char paymentStop) {
        static Data of(String r) {
            return new Data(r.substring(1, 11), Integer.parseInt(r.substring(11, 17)), r.substring(17, 27),
                    r.substring(27, 37).strip(), Normalizer.normalize(r.substring(37, 67).strip(), Normalizer.Form.NFKC),
                    r.substring(67, 69), r.substring(69, 72), r.substring(72, 79), Long.parseLong(r.substring(79, 89)),
                    Long.parseLong(r.substring(89, 99)), r.charAt(99), r.charAt(100), r.charAt(101));
        }
    }

    public final Path path;
    public final byte[] bytes;
    public final List<String> records;

    private ResultsFile(Path path) throws IOException {
        this.path = path;
        this.bytes = Files.readAllBytes(path);
        String text = new String(bytes, WINDOWS_31J);
        if (!text.endsWith("\r\n")) {
            throw new AssertionError(path + " does not end with CRLF");
        }
        this.records = Arrays.asList(text.substring(0, text.length() - 2).split("\r\n", -1));
    }

    public static Path outbox() {
        return TestServer.home().resolve("interchange/outbox");
    }

    public static ResultsFile read(String fileName) throws IOException {
        return new ResultsFile(outbox().resolve(fileName));
    }

    public List<String> ofType(char type) {
        return records.stream().filter(r -> r.charAt(0) == type).toList();
    }

    public List<Data> data() {
        return ofType('2').stream().map(Data::of).toList();
    }

    /** The stored name as it must come back: full-width katakana, ideographic space as a plain one. */
    public static String comparableName(String stored) {
        return Normalizer.normalize(stored, Normalizer.Form.NFKC).strip();
    }
}
