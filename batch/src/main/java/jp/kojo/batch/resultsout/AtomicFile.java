package jp.kojo.batch.resultsout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file complete or not at all: into a temporary name in the same folder (a leading dot, so listings of
 * the folder skip it), forced to disk, then renamed atomically onto the final name and the folder forced too.
 * On any failure the temporary file is removed. Writing the same name again replaces the file whole.
 */
public final class AtomicFile {
    /** Produces the content. */
    public interface Content {
        void writeTo(OutputStream out) throws Exception;
    }

    private AtomicFile() {
    }

    public static Path temporaryOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".tmp");
    }

    public static void write(Path target, Content content) throws Exception {
        Files.createDirectories(target.getParent());
        Path temp = temporaryOf(target);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                throw new IOException("the outbox cannot rename atomically: " + target.getParent(), e);
            }
            moved = true;
            forceDirectory(target.getParent());
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** The rename is durable only once the folder's entry is on disk (POSIX; not possible on every platform). */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
