package jp.kojo.batch.inbox;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import jp.kojo.batch.inbox.InboundFileRefused.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagingTest {
    private static final InboundLimits DEFAULTS = new InboundLimits(InboundLimits.DEFAULT_MAX_BYTES,
            InboundLimits.DEFAULT_MAX_LINE_BYTES, InboundLimits.DEFAULT_MAX_FIELDS);

    @TempDir
    Path home;

    Path inboxDir;
    Inbox inbox;
    Path staging;

    @BeforeEach
    void setUp() throws Exception {
        inboxDir = Files.createDirectories(home.resolve("inbox"));
        inbox = new Inbox(inboxDir);
        staging = home.resolve("staging/7");
    }

    private InboundFileRefused refused(String fileName, boolean csv, InboundLimits limits) {
        return assertThrows(InboundFileRefused.class, () -> Staging.stage(inbox, fileName, staging, csv, limits));
    }

    @Test
    void theStagedCopyCarriesTheHashSizeAndLinesOfWhatWasCopied() throws Exception {
        byte[] content = "H,202504,1,20250425\r\nD,1,2\r\n\"a,\nb\",c\r\nT,1,2".getBytes(StandardCharsets.UTF_8);
        Files.write(inboxDir.resolve("req.csv"), content);
        StagedFile staged = Staging.stage(inbox, "req.csv", staging, true, DEFAULTS);
        assertArrayEquals(content, Files.readAllBytes(staged.path()));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)), staged.sha256());
        assertEquals(content.length, staged.bytes());
        assertEquals(5, staged.lines());
        assertEquals(staged, StagedFile.of(staging).orElseThrow(), "the manifest describes the copy");
    }

    @Test
    void aFileSwappedInTheInboxAfterStagingIsNotReadAgain() throws Exception {
        Files.writeString(inboxDir.resolve("req.csv"), "H,validated\n");
        StagedFile first = Staging.stage(inbox, "req.csv", staging, true, DEFAULTS);
        Files.writeString(inboxDir.resolve("req.csv"), "H,swapped after validation\n");
        StagedFile again = Staging.stage(inbox, "req.csv", staging, true, DEFAULTS); // a restart of the instance
        assertEquals(first, again);
        assertEquals("H,validated\n", Files.readString(again.path()));
    }

    @Test
    void oneEndlessLineOfCommasIsRefusedForItsFieldsWithoutReadingItAll() throws Exception {
        Path file = inboxDir.resolve("commas.csv");
        byte[] commas = ",".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 20; i++) {
                out.write(commas); // 20 MB, no line break
            }
        }
        InboundFileRefused e = refused("commas.csv", true, DEFAULTS);
        assertEquals(Reason.TOO_MANY_FIELDS, e.reason());
        assertTrue(e.reportLine().contains("行 1、上限 100 項目、設定 kojo.inbox.max-fields"), e.reportLine());
        assertFalse(Files.exists(staging.resolve(StagedFile.COPY + ".part")), "nothing half-copied is left");
        assertTrue(StagedFile.of(staging).isEmpty());
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedNamingTheLine() throws Exception {
        Files.writeString(inboxDir.resolve("long.csv"), "H,1\nD," + "x".repeat(9000) + "\n");
        InboundFileRefused e = refused("long.csv", true, DEFAULTS);
        assertEquals(Reason.LINE_TOO_LONG, e.reason());
        assertTrue(e.reportLine().contains("line 2 has 8193 bytes or more, limit 8192 bytes, setting kojo.inbox.max-line-bytes"),
                e.reportLine());
    }

    @Test
    void fixedRecordsWithoutLineBreaksAreNotOneLongLineButALongLineAmongOthersIs() throws Exception {
        Files.write(inboxDir.resolve("unseparated.dat"), new byte[120 * 1000]);
        assertEquals(1, Staging.stage(inbox, "unseparated.dat", staging, false, DEFAULTS).lines());

        Files.writeString(inboxDir.resolve("separated.dat"), "x".repeat(9000) + "\r\n" + "y".repeat(120) + "\r\n");
        InboundFileRefused e = assertThrows(InboundFileRefused.class,
                () -> Staging.stage(inbox, "separated.dat", home.resolve("staging/8"), false, DEFAULTS));
        assertEquals(Reason.LINE_TOO_LONG, e.reason());
        assertTrue(e.reportLine().contains("line 1 has 9000 bytes"), e.reportLine());
    }

    @Test
    void aFileOf300MegabytesIsRefusedByTheSizeLimitBeforeAnythingIsCopied() throws Exception {
        Path file = inboxDir.resolve("huge.dat");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(300L * 1024 * 1024);
        }
        InboundFileRefused e = refused("huge.dat", false, DEFAULTS);
        assertEquals(Reason.FILE_TOO_LARGE, e.reason());
        assertTrue(e.reportLine().contains("314572800 bytes or more, limit 209715200 bytes, setting kojo.inbox.max-bytes"),
                e.reportLine());
        assertFalse(Files.exists(staging.resolve(StagedFile.COPY)));
    }

    @Test
    void theLimitsComeFromTheServerProperties() throws Exception {
        System.setProperty(InboundLimits.MAX_BYTES, "10");
        try {
            assertEquals(10, InboundLimits.configured().maxBytes());
            Files.writeString(inboxDir.resolve("eleven.csv"), "12345678901");
            assertEquals(Reason.FILE_TOO_LARGE, refused("eleven.csv", true, InboundLimits.configured()).reason());
        } finally {
            System.clearProperty(InboundLimits.MAX_BYTES);
        }
        assertEquals(DEFAULTS, InboundLimits.configured());
    }

    @Test
    void aLinkIsRefusedWhenStagingToo() throws Exception {
        Path secret = Files.writeString(home.resolve("secret.txt"), "password");
        Files.createSymbolicLink(inboxDir.resolve("req.csv"), secret);
        assertEquals(Reason.SYMBOLIC_LINK, refused("req.csv", true, DEFAULTS).reason());
    }
}
