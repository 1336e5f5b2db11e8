package jp.kojo.batch.requestload;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The rejection report of one execution, {@code <reports>/<fileName>.<executionId>.rejected.txt}, UTF-8, one
 * problem per line. Created on the first problem only. After {@link #MAX_LINES} problems the rest are counted
 * in a last line instead, so a file in the wrong format does not produce a report bigger than itself.
 */
public final class RejectionReport implements Consumer<Problem>, Closeable {
    public static final int MAX_LINES = 10_000;
    private static final String MORE_PREFIX = "ほか ";

    private final Path path;
    private BufferedWriter out;
    private long count;

    public RejectionReport(Path path) {
        this.path = path;
    }

    public static Path path(Path reports, String fileName, long executionId) {
        return reports.resolve(RequestLoadParameters.checkFileName(fileName) + "." + executionId + ".rejected.txt");
    }

    /** The number of problems a report holds, those counted in its last line included. */
    public static long problems(Path report) throws IOException {
        long lines = 0;
        String last = null;
        try (var in = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                last = line;
            }
        }
        if (last != null && last.startsWith(MORE_PREFIX)) {
            return lines - 1 + Long.parseLong(last.substring(MORE_PREFIX.length(), last.indexOf(' ', MORE_PREFIX.length())));
        }
        return lines;
    }

    public Path path() {
        return path;
    }

    public long count() {
        return count;
    }

    @Override
    public void accept(Problem problem) {
        line(problem.toString());
    }

    /** Writes a line that is not about a record (e.g. the file was already loaded). */
    public void line(String text) {
        count++;
        if (count > MAX_LINES) {
            return;
        }
        try {
            if (out == null) {
                Files.createDirectories(path.getParent());
                out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            }
            out.write(text);
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            if (count > MAX_LINES) {
                long more = count - MAX_LINES;
                out.write(MORE_PREFIX + more + " 件の問題は省略しました / " + more + " more problems not listed\n");
            }
            out.close();
        }
    }
}
