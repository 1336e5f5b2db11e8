package jp.kojo.web.api.v1;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import jp.kojo.deduction.boundary.KeyKind;
import jp.kojo.deduction.boundary.ResultMapping;
import jp.kojo.deduction.boundary.UploadEncoding;

/**
 * The body of POST .../results: the payroll system's file as it is, in {@code csvBase64} (its bytes, any of the
 * upload's encodings) or {@code csv} (the text, sent as UTF-8), exactly one of them; an optional
 * {@code fileName}; and the column {@code mapping}, or none to use the organisation's saved one.
 */
record ResultUploadRequest(String fileName, byte[] file, ResultMapping mapping) {
    static ResultUploadRequest of(JsonObject json) {
        JsonObject body = JsonFields.body(json);
        String text = JsonFields.string(body, "csv");
        String base64 = JsonFields.string(body, "csvBase64");
        if ((text == null) == (base64 == null)) {
            throw ApiProblem.rule("csvBase64", "FILE_REQUIRED", "api.payroll.fileRequired");
        }
        byte[] file;
        if (text != null) {
            file = text.getBytes(StandardCharsets.UTF_8);
        } else {
            try {
                file = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
            } catch (IllegalArgumentException notBase64) {
                throw new ApiProblem(400, "api.payroll.notBase64", "csvBase64");
            }
        }
        JsonObject m = JsonFields.object(body, "mapping");
        ResultMapping mapping = m == null ? null : new ResultMapping(JsonFields.constant(m, "keyKind", KeyKind.class),
                JsonFields.string(m, "keyColumn"), JsonFields.string(m, "productColumn"),
                JsonFields.string(m, "amountColumn"), encoding(m));
        return new ResultUploadRequest(JsonFields.string(body, "fileName"), file, mapping);
    }

    private static UploadEncoding encoding(JsonObject mapping) {
        UploadEncoding encoding = JsonFields.constant(mapping, "encoding", UploadEncoding.class);
        return encoding == null ? UploadEncoding.AUTO : encoding;
    }
}
