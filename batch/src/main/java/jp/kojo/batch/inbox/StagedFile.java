package jp.kojo.batch.inbox;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import jp.kojo.platform.KojoHome;

/**
 * The copy of an inbound file that a job validates and loads: {@code <staging>/<job instance>/staged.data}, with
 * its name, SHA-256, size and line count in {@code staged.properties} beside it. All executions of a job instance (a
 * start and its restarts) read this one copy, never the inbox again; the manifest stays after the copy is
 * discarded, for the history's totals.
 */
public record StagedFile(Path path, String fileName, String sha256, long bytes, long lines) {
    static final String MANIFEST = "staged.properties";
    /** The copy's own name, so that no file name from the host can overwrite the manifest. */
    static final String COPY = "staged.data";

    /** {@code <kojo.home>/interchange/staging}: one folder per job instance. */
    public static Path root() {
        return KojoHome.dir().resolve("interchange").resolve("staging");
    }

    /** {@code <kojo.home>/interchange/staging/<instanceId>}. */
    public static Path folder(long jobInstanceId) {
        return root().resolve(Long.toString(jobInstanceId));
    }

    /** The staged copy of a job instance, as its manifest describes it (the copy itself may be discarded). */
    public static Optional<StagedFile> of(Path folder) {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fileName = p.getProperty("fileName");
        return Optional.of(new StagedFile(folder.resolve(COPY), fileName, p.getProperty("sha256"),
                Long.parseLong(p.getProperty("bytes")), Long.parseLong(p.getProperty("lines"))));
    }

    /** The staged copy that the validate step of this job instance made; fails when there is none. */
    public static StagedFile required(long jobInstanceId) {
        StagedFile staged = of(folder(jobInstanceId)).orElseThrow(() -> new IllegalStateException(
                "job instance " + jobInstanceId + " has no staged file: the validate step did not stage one"));
        if (!Files.isRegularFile(staged.path())) {
            throw new IllegalStateException("the staged copy " + staged.path() + " is gone");
        }
        return staged;
    }

    void writeManifest() throws IOException {
        Properties p = new Properties();
        p.setProperty("fileName", fileName);
        p.setProperty("sha256", sha256);
        p.setProperty("bytes", Long.toString(bytes));
        p.setProperty("lines", Long.toString(lines));
        Path folder = path.getParent();
        Path tmp = folder.resolve(MANIFEST + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "staged inbound file");
        }
        Files.move(tmp, folder.resolve(MANIFEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Deletes the copy once the job is done with it (loaded or rejected); the manifest stays. */
    public void discard() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
