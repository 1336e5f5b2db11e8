package jp.kojo.batch.requestload;

import java.text.Normalizer;

/**
 * Names in kana: what the files may contain and how Kojo stores them (always full-width katakana, so that
 * search and sort do not depend on which variant the host sent).
 */
public final class KanaNames {
    /** Longest stored name; the fixed field is 30 bytes. */
    public static final int MAX_LENGTH = 30;

    /** ASCII characters allowed beside the kana (the Zengin character set). */
    private static final String ASCII_ALLOWED = " ()-.,/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private KanaNames() {
    }

    private static boolean isHalfWidthKana(char c) {
        return c >= '\uFF61' && c <= '\uFF9F'; // Windows-31J bytes 0xA1-0xDF
    }

    private static boolean isFullWidthKana(char c) {
        return (c >= '\u30A1' && c <= '\u30F6') || c == '\u30FC' || c == '\u30FB' || c == '\u3000';
    }

    private static boolean isFullWidthAscii(char c) {
        return c >= '\uFF01' && c <= '\uFF5E' && ASCII_ALLOWED.indexOf(c - 0xFEE0) >= 0;
    }

    /** The fixed variant: half-width kana, space and the allowed ASCII only. */
    public static boolean isHalfWidthName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isHalfWidthKana(c) && ASCII_ALLOWED.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The CSV variant: half-width or full-width kana, spaces and the allowed symbols in either width. */
    public static boolean isKanaName(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isHalfWidthKana(c) && ASCII_ALLOWED.indexOf(c) < 0 && !isFullWidthKana(c) && !isFullWidthAscii(c)) {
                return false;
            }
        }
        return true;
    }

    /** Trims spaces of either width at both ends. */
    public static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && (s.charAt(b) == ' ' || s.charAt(b) == '\u3000')) {
            b++;
        }
        while (e > b && (s.charAt(e - 1) == ' ' || s.charAt(e - 1) == '\u3000')) {
            e--;
        }
        return s.substring(b, e);
    }

    /**
     * Full-width form of a name that passed {@link #isKanaName}. NFKC is applied to the half-width kana runs
     * only (it composes ｶﾞ into ガ); on the whole string it would turn full-width letters and the ideographic
     * space into ASCII, the opposite of what we want. ASCII goes to its full-width form.
     */
    public static String toFullWidth(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (isHalfWidthKana(c)) {
                int j = i;
                while (j < s.length() && isHalfWidthKana(s.charAt(j))) {
                    j++;
                }
                out.append(Normalizer.normalize(s.substring(i, j), Normalizer.Form.NFKC));
                i = j;
                continue;
            }
            if (c == ' ') {
                out.append('\u3000');
            } else if (c > ' ' && c < 0x7F) {
                out.append((char) (c + 0xFEE0));
            } else {
                out.append(c);
            }
            i++;
        }
        return out.toString();
    }
}
