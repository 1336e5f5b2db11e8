package jp.kojo.batch.requestload;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class KanaNamesTest {
    @Test
    void halfWidthBecomesFullWidthKatakana() {
        assertEquals("ヤマダ　タロウ", KanaNames.toFullWidth("ﾔﾏﾀﾞ ﾀﾛｳ"));
        assertEquals("パーク（カ）．－１Ａ", KanaNames.toFullWidth("ﾊﾟｰｸ(ｶ).-1A"));
        assertEquals("ヴィ", KanaNames.toFullWidth("ｳﾞｨ"));
        // Already full-width: unchanged (NFKC on the whole string would have turned the space into ASCII).
        assertEquals("ヤマダ　タロウ", KanaNames.toFullWidth("ヤマダ　タロウ"));
        assertEquals("ヤマダ　タロウ", KanaNames.toFullWidth("ヤマダ ﾀﾛｳ"));
    }

    @Test
    void allowedCharacters() {
        assertTrue(KanaNames.isHalfWidthName("ﾔﾏﾀﾞ ﾀﾛｳ(ｶ)-."));
        assertFalse(KanaNames.isHalfWidthName("ヤマダ"));
        assertFalse(KanaNames.isHalfWidthName("ﾔﾏﾀﾞ taro"));
        assertTrue(KanaNames.isKanaName("ヤマダ　ﾀﾛｳ（カ）"));
        assertFalse(KanaNames.isKanaName("山田"));
        assertFalse(KanaNames.isKanaName("やまだ"));
        assertEquals("ﾔﾏﾀﾞ", KanaNames.trim("\u3000ﾔﾏﾀﾞ  "));
    }
}
