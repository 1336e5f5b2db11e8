package jp.kojo.web.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageLinksTest {
    @Test
    void switchLinkKeepsThePathAndOtherParametersAndReplacesTheLanguage() {
        assertEquals("/kojo/public/login.xhtml?lang=en", LanguageLinks.sameTarget("/kojo/public/login.xhtml", null, Language.ENGLISH));
        assertEquals("/kojo/deduction/list.xhtml?cycle=3&lang=ja",
                LanguageLinks.sameTarget("/kojo/deduction/list.xhtml", "lang=en&cycle=3", Language.JAPANESE));
    }

    @Test
    void redirectDropsTheParameterAndStaysOnThisSite() {
        assertEquals("/kojo/index.xhtml", LanguageLinks.sameTarget("/kojo/index.xhtml", "lang=en", null));
        assertEquals("/kojo/a?x=1&y=%2F%2Fevil", LanguageLinks.sameTarget("/kojo/a", "x=1&lang=en&y=%2F%2Fevil", null));
        assertEquals("/evil.example/x", LanguageLinks.sameTarget("//evil.example/x", "lang=en", null));
        assertEquals("/evil.example/x", LanguageLinks.sameTarget("/\\evil.example/x", null, null));
    }

    @Test
    void unknownCodesAreNotALanguage() {
        assertEquals(Language.ENGLISH, Language.ofCode("en").orElseThrow());
        assertEquals(true, Language.ofCode("fr").isEmpty());
        assertEquals(true, Language.ofCode(null).isEmpty());
    }
}
