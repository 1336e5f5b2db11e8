package jp.kojo.batch.requestload;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectionReportTest {
    @TempDir
    Path dir;

    @Test
    void createdOnFirstProblemOnly() throws Exception {
        Path path = RejectionReport.path(dir.resolve("reports"), "a.dat", 7);
        assertEquals(dir.resolve("reports/a.dat.7.rejected.txt"), path);
        try (RejectionReport r = new RejectionReport(path)) {
            assertEquals(0, r.count());
        }
        assertFalse(Files.exists(path));
        try (RejectionReport r = new RejectionReport(path)) {
            r.accept(Problem.at(12, Field.AMOUNT, "数字以外の文字があります", "not a number"));
            r.accept(Problem.at(0, null, "エンドレコードがありません", "end record missing"));
        }
        assertEquals(List.of("行 12 項目「金額」(amount): 数字以外の文字があります / not a number",
                "ファイル末尾 (end of file): エンドレコードがありません / end record missing"), Files.readAllLines(path));
    }

    @Test
    void cappedWithACountOfTheRest() throws Exception {
        Path path = dir.resolve("b.txt");
        try (RejectionReport r = new RejectionReport(path)) {
            for (int i = 1; i <= RejectionReport.MAX_LINES + 5; i++) {
                r.accept(Problem.at(i, Field.RECORD, "x", "x"));
            }
        }
        List<String> lines = Files.readAllLines(path);
        assertEquals(RejectionReport.MAX_LINES + 1, lines.size());
        assertEquals("ほか 5 件の問題は省略しました / 5 more problems not listed", lines.get(lines.size() - 1));
    }
}
