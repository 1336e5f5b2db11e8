package jp.kojo.batch.inbox;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import jp.kojo.batch.inbox.InboundFileRefused.Reason;

/**
 * Copies a file from the inbox into a job instance's staging folder once, computing its SHA-256 and checking the
 * {@link InboundLimits} in the same pass. Validation and load then read only the copy: a file replaced in the
 * inbox after validation changes nothing, and the hash that the same-file-twice check records is the hash of
 * what was validated and loaded.
 */
public final class Staging {
    private static final int BUFFER = 64 * 1024;

    private Staging() {
    }

    /**
     * The instance's staged copy: made now, or the one an earlier execution of the instance made (a restart
     * reads what the first execution validated).
     *
     * @param csv whether the file is CSV (fields per record are checked) or fixed-length
     */
    public static StagedFile stage(Inbox inbox, String fileName, Path folder, boolean csv, InboundLimits limits)
            throws InboundFileRefused, IOException {
        Optional<StagedFile> earlier = StagedFile.of(folder);
        if (earlier.isPresent() && earlier.get().fileName().equals(fileName) && Files.isRegularFile(earlier.get().path())) {
            return earlier.get();
        }
        Path source = inbox.resolve(fileName);
        Files.createDirectories(folder);
        Path part = folder.resolve(StagedFile.COPY + ".part");
        MessageDigest digest = sha256();
        LineScanner scanner = new LineScanner(limits, csv, fileName);
        long copied = 0;
        boolean done = false;
        // NOFOLLOW_LINKS: a link swapped in after resolve() fails to open instead of being followed.
        try (SeekableByteChannel in = open(source, fileName);
             OutputStream out = Files.newOutputStream(part)) {
            if (in.size() > limits.maxBytes()) {
                throw tooLarge(fileName, in.size(), limits);
            }
            ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
            int n;
            while ((n = in.read(buffer.clear())) != -1) {
                copied += n;
                if (copied > limits.maxBytes()) {
                    throw tooLarge(fileName, copied, limits); // it grew while being copied
                }
                byte[] bytes = buffer.array();
                scanner.accept(bytes, 0, n);
                digest.update(bytes, 0, n);
                out.write(bytes, 0, n);
            }
            scanner.finish();
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(part);
            }
        }
        Path copy = folder.resolve(StagedFile.COPY);
        Files.move(part, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        StagedFile staged = new StagedFile(copy, fileName, HexFormat.of().formatHex(digest.digest()), copied,
                scanner.lines());
        staged.writeManifest();
        return staged;
    }

    private static SeekableByteChannel open(Path source, String fileName) throws InboundFileRefused, IOException {
        try {
            return Files.newByteChannel(source, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (FileSystemException e) {
            if (Files.isSymbolicLink(source)) {
                throw new InboundFileRefused(Reason.SYMBOLIC_LINK, fileName);
            }
            if (!Files.exists(source, LinkOption.NOFOLLOW_LINKS)) {
                throw new InboundFileRefused(Reason.NO_SUCH_FILE, fileName);
            }
            throw e;
        }
    }

    private static InboundFileRefused tooLarge(String fileName, long size, InboundLimits limits) {
        return new InboundFileRefused(Reason.FILE_TOO_LARGE, fileName,
                "（" + size + " バイト以上、上限 " + limits.maxBytes() + " バイト、設定 " + InboundLimits.MAX_BYTES + "）",
                " (" + size + " bytes or more, limit " + limits.maxBytes() + " bytes, setting "
                        + InboundLimits.MAX_BYTES + ")");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
