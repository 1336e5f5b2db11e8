package jp.kojo.batch.retention;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deletes rejection reports ({@code reports/*.rejected.txt}) and staging folders ({@code staging/<instance>})
 * last changed before a time. Links are deleted as links, never followed.
 */
final class InterchangeFilePurge {
    private InterchangeFilePurge() {
    }

    /** @return the reports and staging folders deleted */
    static int deleteBefore(Path reports, Path staging, Instant before) {
        int deleted = 0;
        for (Path report : entries(reports)) {
            if (report.getFileName().toString().endsWith(".rejected.txt") && olderThan(report, before)) {
                delete(report);
                deleted++;
            }
        }
        for (Path folder : entries(staging)) {
            if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && olderThan(folder, before)) {
                deleteTree(folder);
                deleted++;
            }
        }
        return deleted;
    }

    private static List<Path> entries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean olderThan(Path path, Instant before) {
        try {
            return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(before);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
