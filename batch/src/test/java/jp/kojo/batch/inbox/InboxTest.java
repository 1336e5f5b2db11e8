package jp.kojo.batch.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.kojo.batch.inbox.InboundFileRefused.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxTest {
    @TempDir
    Path home;

    Path inboxDir;
    Inbox inbox;
    Path secret;

    @BeforeEach
    void setUp() throws Exception {
        inboxDir = Files.createDirectories(home.resolve("interchange/inbox"));
        inbox = new Inbox(inboxDir);
        secret = Files.writeString(home.resolve("kojo.properties"), "kojo.tls.keystore.password=secret\n");
    }

    private Reason refusal(String fileName) {
        return assertThrows(InboundFileRefused.class, () -> inbox.resolve(fileName), fileName).reason();
    }

    @Test
    void aPlainNameResolvesToTheFileInsideTheInbox() throws Exception {
        Path file = Files.writeString(inboxDir.resolve("控除依頼 2025-04.dat"), "x");
        assertEquals(file.toRealPath(), inbox.resolve("控除依頼 2025-04.dat"));
    }

    @Test
    void namesWithPathsTraversalOrAbsolutePathsAreRefusedAsInvalid() {
        for (String bad : List.of("../kojo.properties", "..", ".", "a/b.dat", "a\\b.dat", "/etc/passwd",
                secret.toString(), ".hidden", "", " ", "c:x", "a\u0000b", "x".repeat(201))) {
            assertEquals(Reason.INVALID_FILE_NAME, refusal(bad), bad);
        }
        assertEquals(Reason.INVALID_FILE_NAME, refusal(null));
    }

    @Test
    void aSymbolicLinkToASecretOutsideTheInboxIsRefusedAsALink() throws Exception {
        Files.createSymbolicLink(inboxDir.resolve("requests.dat"), secret);
        assertEquals(Reason.SYMBOLIC_LINK, refusal("requests.dat"));
        // Also a link that stays inside the inbox: a link is never read.
        Files.writeString(inboxDir.resolve("real.dat"), "x");
        Files.createSymbolicLink(inboxDir.resolve("alias.dat"), inboxDir.resolve("real.dat"));
        assertEquals(Reason.SYMBOLIC_LINK, refusal("alias.dat"));
        assertEquals(List.of("real.dat"), inbox.fileNames(), "links are not offered either");
    }

    @Test
    void aMissingFileAndAFolderAreRefusedByTheirReason() throws Exception {
        assertEquals(Reason.NO_SUCH_FILE, refusal("missing.dat"));
        Files.createDirectories(inboxDir.resolve("folder.dat"));
        assertEquals(Reason.NOT_A_REGULAR_FILE, refusal("folder.dat"));
    }

    @Test
    void theReportLineNamesTheReasonInBothLanguages() {
        InboundFileRefused e = assertThrows(InboundFileRefused.class, () -> inbox.resolve("../kojo.properties"));
        assertEquals("ファイル名が正しくありません（受信フォルダ内のファイル名だけを指定してください）: ../kojo.properties"
                + " / invalid file name (a plain name inside the inbox): ../kojo.properties", e.reportLine());
    }
}
