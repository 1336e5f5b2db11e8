package jp.kojo.batch.resultsout;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Stored names (full-width katakana, see {@code KanaNames}) back to the Zengin character set of the fixed
 * records: half-width kana, space, digits, capital letters and {@code ( ) - . , /}. The table is the inverse
 * of NFKC over the half-width kana, so ガ becomes the two bytes ｶﾞ. Anything outside the set (a kanji that
 * slipped in, a lower-case letter) becomes {@code ?} rather than failing the export.
 */
public final class HalfWidthKana {
    private static final String ASCII_ALLOWED = " ()-.,/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final Map<Character, String> TO_HALF = new HashMap<>();

    static {
        for (char c = '\uFF61'; c <= '\uFF9F'; c++) {
            put(String.valueOf(c));
            put(c + "\uFF9E"); // ﾞ
            put(c + "\uFF9F"); // ﾟ
        }
    }

    private static void put(String halfWidth) {
        String full = Normalizer.normalize(halfWidth, Normalizer.Form.NFKC);
        // Only single composed characters; plain ones first so that e.g. ｰ keeps its own mapping.
        if (full.length() == 1 && !TO_HALF.containsKey(full.charAt(0))) {
            TO_HALF.put(full.charAt(0), halfWidth);
        }
    }

    private HalfWidthKana() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\u3000') {
                out.append(' ');
            } else if (c >= '\uFF01' && c <= '\uFF5E' && ASCII_ALLOWED.indexOf(c - 0xFEE0) >= 0) {
                out.append((char) (c - 0xFEE0));
            } else if (ASCII_ALLOWED.indexOf(c) >= 0 || (c >= '\uFF61' && c <= '\uFF9F')) {
                out.append(c);
            } else {
                out.append(TO_HALF.getOrDefault(c, "?"));
            }
        }
        return out.toString();
    }
}
