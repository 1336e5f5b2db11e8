package jp.kojo.manual.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.kojo.manual.boundary.Manual;
import jp.kojo.manual.boundary.ManualSection;
import jp.kojo.manual.boundary.ManualSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManualSourceTest {
    private final ManualSource shipped = new ManualSource(ManualSourceTest.class.getClassLoader());

    @Test
    void catalogListsTheFiveManualsInIndexOrderWithTheirTitles() {
        List<ManualSummary> catalog = shipped.catalog();
        assertEquals(List.of("common", "lump-sum", "payroll", "collective-savings", "zaikei"),
                catalog.stream().map(ManualSummary::slug).toList());
        assertEquals("まとめ入金型 労金控除 操作マニュアル", catalog.get(1).title());
    }

    @Test
    void everyShippedManualHasSectionsAndEveryScreenshotHasAnAltText() {
        for (String slug : shipped.slugs()) {
            Manual manual = shipped.find(slug);
            assertFalse(manual.summary().isBlank(), slug);
            assertFalse(manual.sections().isEmpty(), slug);
            for (ManualSection section : manual.sections()) {
                assertFalse(section.heading().isBlank(), slug);
                assertFalse(section.paragraphs().isEmpty(), slug + ": " + section.heading());
                assertTrue(!section.hasScreenshot() || !section.screenshotAlt().isBlank(), slug);
                assertFalse(section.planned() && section.hasScreenshot(), "a planned screen has no screenshot yet: " + slug);
            }
        }
    }

    @Test
    void sectionKeepsHeadingParagraphsScreenshotAndFoldsTheSourceLineWrapping() {
        Manual common = shipped.find("common");
        ManualSection login = common.sections().get(1);
        assertEquals("ログインする", login.heading());
        assertEquals("login.png", login.screenshot());
        assertEquals(3, login.paragraphs().size());
        assertTrue(login.paragraphs().get(1).contains("確かめ、ログインIDとパスワードを入力して「ログイン」を押します。「電子証明書"),
                login.paragraphs().get(1));
        assertTrue(shipped.find("payroll").sections().get(2).planned());
    }

    @Test
    void unknownOrMalformedSlugsFindNothing() {
        assertNull(shipped.find("nonexistent"));
        assertNull(shipped.find("../META-INF/persistence"));
        assertNull(shipped.find("index"));
        assertNull(shipped.find(null));
    }

    @Test
    void screenshotWithoutAltTextIsRefused(@TempDir Path root) throws IOException {
        ManualSource source = sourceOf(root, """
                <manual><title>T</title><summary>S</summary>
                <section screenshot="menu.png"><heading>H</heading><p>P</p></section></manual>""");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> source.find("broken"));
        assertTrue(e.getMessage().contains("alt"), e.getMessage());
    }

    @Test
    void sourceWithADoctypeIsRefused(@TempDir Path root) throws IOException {
        ManualSource source = sourceOf(root, """
                <?xml version="1.0"?><!DOCTYPE manual [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <manual><title>&x;</title><summary>S</summary></manual>""");
        assertThrows(IllegalStateException.class, () -> source.find("broken"));
    }

    @Test
    void sectionWithoutHeadingIsRefused(@TempDir Path root) throws IOException {
        ManualSource source = sourceOf(root, "<manual><title>T</title><summary>S</summary><section><p>P</p></section></manual>");
        assertThrows(IllegalStateException.class, () -> source.find("broken"));
    }

    private static ManualSource sourceOf(Path root, String xml) throws IOException {
        Path dir = Files.createDirectories(root.resolve("manuals"));
        Files.writeString(dir.resolve("index.txt"), "broken\n");
        Files.writeString(dir.resolve("broken.xml"), xml);
        return new ManualSource(new URLClassLoader(new URL[] {root.toUri().toURL()}, null));
    }
}
