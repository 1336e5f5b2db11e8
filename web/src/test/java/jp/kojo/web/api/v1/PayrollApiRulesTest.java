package jp.kojo.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import jp.kojo.deduction.boundary.KeyKind;
import jp.kojo.deduction.boundary.PayrollRefusal;
import jp.kojo.deduction.boundary.UploadEncoding;
import jp.kojo.deduction.entity.NotDeductedReason;
import jp.kojo.deduction.entity.ResultCode;
import org.junit.jupiter.api.Test;

/** How the API answers payroll refusals, and how it reads the PATCH, upload and apply bodies. */
class PayrollApiRulesTest {
    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void staleIs412RulesAre422WithTheirFieldWorkflowIs409OthersAreNotFoundOrForbidden() {
        assertEquals(412, PayrollRefusals.status(PayrollRefusal.STALE));
        assertEquals(404, PayrollRefusals.status(PayrollRefusal.NO_SUCH_LINE));
        assertEquals(404, PayrollRefusals.status(PayrollRefusal.NO_SUCH_UPLOAD));
        assertEquals(403, PayrollRefusals.status(PayrollRefusal.NO_UPDATE_RIGHT));
        assertEquals(409, PayrollRefusals.status(PayrollRefusal.FROZEN));
        assertEquals(409, PayrollRefusals.status(PayrollRefusal.RESULTS_MISSING));
        assertEquals(422, PayrollRefusals.status(PayrollRefusal.PARTIAL_AMOUNT_OUT_OF_RANGE));
        assertEquals("deductedAmount", PayrollRefusals.field(PayrollRefusal.PARTIAL_AMOUNT_OUT_OF_RANGE));
        assertEquals("reason", PayrollRefusals.field(PayrollRefusal.REASON_REQUIRED));
        assertEquals("resultCode", PayrollRefusals.field(PayrollRefusal.RESULT_REQUIRED));
        assertNull(PayrollRefusals.field(PayrollRefusal.STALE));
        for (PayrollRefusal refusal : PayrollRefusal.values()) {
            if (PayrollRefusals.status(refusal) == 422) {
                assertTrue(PayrollRefusals.field(refusal) != null, refusal + " names no field");
            }
        }
    }

    @Test
    void everyRefusalIsSaidInBothLanguagesWithItsLine() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            for (PayrollRefusal refusal : PayrollRefusal.values()) {
                String text = ApiLanguage.text(locale, PayrollRefusals.key(refusal), "2026-01-30", "7", 3L);
                assertFalse(text.contains("{"), refusal + ": " + text);
            }
            assertTrue(ApiLanguage.text(locale, PayrollRefusals.key(PayrollRefusal.STALE), "", "7", 0L).contains("7"));
        }
    }

    @Test
    void thePatchBodyIsReadWithItsJsonTypesAndUnknownNamesAreRulesOfTheirField() {
        PayrollLinePatch patch = PayrollLinePatch.of(json(
                "{\"resultCode\":\"PARTIALLY_DEDUCTED\",\"deductedAmount\":5000,\"reason\":\"INSUFFICIENT_PAY\"}"));
        assertEquals(ResultCode.PARTIALLY_DEDUCTED, patch.resultCode());
        assertEquals(5000L, patch.deductedAmount());
        assertEquals(NotDeductedReason.INSUFFICIENT_PAY, patch.reason());
        assertNull(patch.note());
        assertEquals(3L, patch.toResult(9, 3).version());

        ApiProblem unknown = assertThrows(ApiProblem.class, () -> PayrollLinePatch.of(json("{\"resultCode\":\"MAYBE\"}")));
        assertEquals(422, unknown.status());
        assertEquals("resultCode", unknown.field());
        assertEquals("UNKNOWN_RESULT_CODE", unknown.rule());
        assertEquals("UNKNOWN_REASON", assertThrows(ApiProblem.class,
                () -> PayrollLinePatch.of(json("{\"resultCode\":\"NOT_DEDUCTED\",\"reason\":\"HOLIDAY\"}"))).rule());
        for (String wrong : List.of("{\"deductedAmount\":\"5000\"}", "{\"deductedAmount\":12.5}", "{\"resultCode\":1}",
                "{\"deductedAmount\":99999999999999999999}")) {
            assertEquals(400, assertThrows(ApiProblem.class, () -> PayrollLinePatch.of(json(wrong))).status(), wrong);
        }
        assertEquals(400, assertThrows(ApiProblem.class, () -> PayrollLinePatch.of(null)).status());
    }

    @Test
    void anUploadCarriesExactlyOneFileAsTextOrBase64AndAnOptionalMapping() {
        ResultUploadRequest text = ResultUploadRequest.of(json("{\"csv\":\"社員番号\\r\\n\",\"mapping\":{\"keyKind\":"
                + "\"EMPLOYEE_NUMBER\",\"keyColumn\":\"社員番号\",\"productColumn\":\"商品コード\",\"amountColumn\":\"控除額\"}}"));
        assertArrayEquals("社員番号\r\n".getBytes(StandardCharsets.UTF_8), text.file());
        assertEquals(KeyKind.EMPLOYEE_NUMBER, text.mapping().keyKind());
        assertEquals(UploadEncoding.AUTO, text.mapping().encoding(), "detected when not given");
        assertTrue(text.mapping().complete());

        byte[] sjis = "社員番号".getBytes(java.nio.charset.Charset.forName("windows-31j"));
        ResultUploadRequest base64 = ResultUploadRequest.of(json("{\"fileName\":\"k.csv\",\"csvBase64\":\""
                + java.util.Base64.getMimeEncoder().encodeToString(sjis) + "\"}"));
        assertArrayEquals(sjis, base64.file());
        assertNull(base64.mapping(), "the saved mapping is used");

        assertEquals("FILE_REQUIRED", assertThrows(ApiProblem.class, () -> ResultUploadRequest.of(json("{}"))).rule());
        assertEquals("FILE_REQUIRED", assertThrows(ApiProblem.class,
                () -> ResultUploadRequest.of(json("{\"csv\":\"a\",\"csvBase64\":\"YQ==\"}"))).rule());
        assertEquals(400, assertThrows(ApiProblem.class,
                () -> ResultUploadRequest.of(json("{\"csvBase64\":\"not base64!\"}"))).status());
        assertEquals("UNKNOWN_ENCODING", assertThrows(ApiProblem.class,
                () -> ResultUploadRequest.of(json("{\"csv\":\"a\",\"mapping\":{\"encoding\":\"EBCDIC\"}}"))).rule());
    }

    @Test
    void applyTakesTheChosenRowsOrAllAndAReasonForZero() {
        ApplyRequest chosen = ApplyRequest.of(json("{\"rowIds\":[3,5],\"zeroReason\":\"RETIRED\"}"));
        assertEquals(List.of(3L, 5L), chosen.rowIds());
        assertEquals(NotDeductedReason.RETIRED, chosen.zeroReason());
        assertNull(ApplyRequest.of(json("{}")).rowIds(), "all applicable rows");
        assertEquals(400, assertThrows(ApiProblem.class, () -> ApplyRequest.of(json("{\"rowIds\":\"3\"}"))).status());
        assertEquals(400, assertThrows(ApiProblem.class, () -> ApplyRequest.of(json("{\"rowIds\":[\"3\"]}"))).status());
    }
}
