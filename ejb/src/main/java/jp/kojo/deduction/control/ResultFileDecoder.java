package jp.kojo.deduction.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.kojo.deduction.boundary.ResultFileRejectedException;
import jp.kojo.deduction.boundary.UploadEncoding;
import jp.kojo.deduction.boundary.UploadProblem;

/**
 * Reads an uploaded result file into text, strictly: 10 MB or more is refused, and a byte sequence that is not
 * valid in the encoding is refused with its row, never replaced by a garbled character. AUTO takes a UTF-8 BOM
 * or a file that is valid UTF-8 as UTF-8, and anything else as Windows-31J (what Excel and most Japanese payroll
 * systems write); a file valid in neither is refused.
 */
public final class ResultFileDecoder {
    /** 10 MB: a file of this size or more is refused. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final Charset WINDOWS_31J = Charset.forName("windows-31j");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** The text and the encoding it was read in. */
    public record Decoded(String text, UploadEncoding encoding) {
    }

    private ResultFileDecoder() {
    }

    /** Reads at most {@link #MAX_BYTES} from the stream; one byte more means the file is too large. */
    public static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES);
        if (bytes.length == MAX_BYTES) {
            throw rejected(0, UploadProblem.Kind.TOO_LARGE, String.valueOf(MAX_BYTES));
        }
        return bytes;
    }

    public static Decoded decode(byte[] bytes, UploadEncoding chosen) {
        if (bytes.length >= MAX_BYTES) {
            throw rejected(0, UploadProblem.Kind.TOO_LARGE, String.valueOf(bytes.length));
        }
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        UploadEncoding encoding = chosen == null ? UploadEncoding.AUTO : chosen;
        if (encoding == UploadEncoding.AUTO) {
            if (bom || firstError(bytes, StandardCharsets.UTF_8) < 0) {
                encoding = UploadEncoding.UTF_8;
            } else if (firstError(bytes, WINDOWS_31J) < 0) {
                encoding = UploadEncoding.WINDOWS_31J;
            } else {
                // Valid in neither: name the first bad row as UTF-8 reads it.
                throw rejected(row(bytes, firstError(bytes, StandardCharsets.UTF_8)), UploadProblem.Kind.ENCODING, "AUTO");
            }
        }
        Charset charset = encoding == UploadEncoding.UTF_8 ? StandardCharsets.UTF_8 : WINDOWS_31J;
        if (encoding == UploadEncoding.WINDOWS_31J && (bom || (firstNonAscii(bytes) >= 0 && firstError(bytes, StandardCharsets.UTF_8) < 0))) {
            // UTF-8 bytes mostly decode as Windows-31J too, garbled: Japanese text in Windows-31J is almost
            // never valid UTF-8, so a file that is (or has a BOM) is refused rather than read as mojibake.
            throw rejected(row(bytes, bom ? 0 : firstNonAscii(bytes)), UploadProblem.Kind.ENCODING, encoding.name());
        }
        int skip = encoding == UploadEncoding.UTF_8 && bom ? 3 : 0;
        int bad = firstError(bytes, charset);
        if (bad >= 0) {
            throw rejected(row(bytes, bad), UploadProblem.Kind.ENCODING, encoding.name());
        }
        return new Decoded(new String(bytes, skip, bytes.length - skip, charset), encoding);
    }

    /** The offset of the first byte that is not valid in the charset, or -1. */
    static int firstError(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                CoderResult flushed = decoder.flush(out.clear());
                return flushed.isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    private static int firstNonAscii(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) {
                return i;
            }
        }
        return -1;
    }

    /** The row (1 = first line) the byte at the offset is on. */
    private static int row(byte[] bytes, int offset) {
        int row = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                row++;
            }
        }
        return row;
    }

    private static ResultFileRejectedException rejected(int row, UploadProblem.Kind kind, String value) {
        return new ResultFileRejectedException(List.of(new UploadProblem(row, null, kind, value)));
    }
}
