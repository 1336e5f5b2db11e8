package jp.kojo.batch.requestload;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The job parameters of {@code deduction-request-load}, checked: a plain file name inside the inbox (no path,
 * no traversal), the format, and the CSV encoding (UTF-8 by default; the fixed variant is always Windows-31J).
 */
public record RequestLoadParameters(String fileName, RequestFormat format, Charset charset) {
    public static final String JOB_NAME = "deduction-request-load";
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");

    /** @throws IllegalArgumentException with a Japanese / English message */
    public static RequestLoadParameters of(String fileName, String format, String encoding) {
        checkFileName(fileName);
        RequestFormat f;
        try {
            f = RequestFormat.valueOf(format == null ? "" : format.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("形式は FIXED または CSV です / format must be FIXED or CSV: " + format);
        }
        Charset charset;
        if (f == RequestFormat.FIXED) {
            charset = WINDOWS_31J;
        } else if (encoding == null || encoding.isBlank() || encoding.trim().equalsIgnoreCase("UTF-8")) {
            charset = StandardCharsets.UTF_8;
        } else if (encoding.trim().equalsIgnoreCase("windows-31j")) {
            charset = WINDOWS_31J;
        } else {
            throw new IllegalArgumentException(
                    "文字コードは UTF-8 または windows-31j です / encoding must be UTF-8 or windows-31j: " + encoding);
        }
        return new RequestLoadParameters(fileName, f, charset);
    }

    /** A bare file name: no separators, no leading dot, no control characters. */
    public static String checkFileName(String fileName) {
        boolean ok = fileName != null && !fileName.isBlank() && fileName.length() <= 200
                && !fileName.startsWith(".") && fileName.chars().noneMatch(c -> c < 0x20 || c == 0x7F
                || c == '/' || c == '\\' || c == ':');
        if (!ok) {
            throw new IllegalArgumentException(
                    "ファイル名が正しくありません / invalid file name (a plain name inside the inbox): " + fileName);
        }
        return fileName;
    }

    /** The file inside {@code inbox}; refuses anything that resolves elsewhere. */
    public Path file(Path inbox) {
        Path base = inbox.toAbsolutePath().normalize();
        Path file = base.resolve(fileName).normalize();
        if (!base.equals(file.getParent())) {
            throw new IllegalArgumentException("ファイル名が正しくありません / invalid file name: " + fileName);
        }
        return file;
    }
}
