package jp.kojo.batch.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import jp.kojo.batch.inbox.InboundFileRefused.Reason;
import jp.kojo.platform.KojoHome;

/**
 * The folder the host's files arrive in. A name a user chose resolves to a regular file directly inside it, or
 * is refused: no separators, no leading dot (so no {@code ..}), no absolute path, no symbolic link, nothing whose
 * real path lies elsewhere. Every inbound job goes through {@link #resolve} (and {@link Staging} opens the file
 * without following links, so a link put in its place after the check is refused too).
 */
public final class Inbox {
    private static final int MAX_NAME = 200;

    private final Path dir;

    public Inbox(Path dir) {
        this.dir = dir;
    }

    /** {@code <kojo.home>/interchange/inbox}. */
    public static Inbox configured() {
        return new Inbox(KojoHome.inbox());
    }

    /** A bare file name: no separators, no leading dot, no control characters, at most 200 characters. */
    public static boolean isPlainName(String fileName) {
        return fileName != null && !fileName.isBlank() && fileName.length() <= MAX_NAME && !fileName.startsWith(".")
                && fileName.chars().noneMatch(c -> c < 0x20 || c == 0x7F || c == '/' || c == '\\' || c == ':');
    }

    /** The regular file {@code fileName} directly inside the inbox, by its real path. */
    public Path resolve(String fileName) throws InboundFileRefused {
        if (!isPlainName(fileName)) {
            throw new InboundFileRefused(Reason.INVALID_FILE_NAME, String.valueOf(fileName));
        }
        Path base;
        try {
            base = dir.toRealPath();
        } catch (IOException e) {
            throw new InboundFileRefused(Reason.NO_SUCH_FILE, fileName);
        }
        Path candidate = base.resolve(fileName).normalize();
        if (!base.equals(candidate.getParent())) {
            throw new InboundFileRefused(Reason.INVALID_FILE_NAME, fileName);
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(candidate, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new InboundFileRefused(Reason.NO_SUCH_FILE, fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (attributes.isSymbolicLink()) {
            throw new InboundFileRefused(Reason.SYMBOLIC_LINK, fileName);
        }
        if (!attributes.isRegularFile()) {
            throw new InboundFileRefused(Reason.NOT_A_REGULAR_FILE, fileName);
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            throw new InboundFileRefused(Reason.NO_SUCH_FILE, fileName);
        }
        if (!base.equals(real.getParent())) {
            throw new InboundFileRefused(Reason.OUTSIDE_INBOX, fileName);
        }
        return real;
    }

    /** The names a user may choose: regular files (not links), not hidden, sorted. */
    public List<String> fileNames() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .map(f -> f.getFileName().toString())
                    .filter(Inbox::isPlainName)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
