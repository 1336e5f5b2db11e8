package jp.kojo.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import jp.kojo.batch.boundary.InvalidJobRequestException;
import org.junit.jupiter.api.Test;

/** Both languages have every key; every batch refusal has a text; Japanese never falls back to the JVM's locale. */
class MessageBundlesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/jp/kojo/web/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void everyBatchRefusalIsSaidInBothLanguagesWithItsSubject() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties texts = load(bundle);
            for (InvalidJobRequestException.Reason reason : InvalidJobRequestException.Reason.values()) {
                String pattern = texts.getProperty("batch.error." + reason.name());
                assertTrue(pattern != null, bundle + " lacks " + reason);
                assertTrue(MessageFormat.format(pattern, "x-42").contains("x-42"), bundle + " " + reason);
            }
        }
    }

    @Test
    void japaneseIsTheDefaultWhateverTheJvmLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle ja = ResourceBundle.getBundle("jp.kojo.web.messages", Locale.JAPANESE);
            ResourceBundle en = ResourceBundle.getBundle("jp.kojo.web.messages", Locale.ENGLISH);
            assertEquals("ログイン", ja.getString("login.title"));
            assertEquals("Log in", en.getString("login.title"));
            assertNotEquals(ja.getString("language.switchTo"), en.getString("language.switchTo"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
