package jp.kojo.web.api.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import jp.kojo.deduction.boundary.LumpSumRefusal;
import org.junit.jupiter.api.Test;

class RefusalsTest {
    @Test
    void staleIsAFailedPreconditionWorkflowAConflictRulesAre422WithTheirFieldOthersAreNotFoundOrForbidden() {
        assertEquals(412, Refusals.status(LumpSumRefusal.STALE));
        assertEquals(409, Refusals.status(LumpSumRefusal.CUT_OFF_PASSED));
        assertEquals(409, Refusals.status(LumpSumRefusal.FROZEN));
        assertEquals(404, Refusals.status(LumpSumRefusal.NO_SUCH_LINE));
        assertEquals(403, Refusals.status(LumpSumRefusal.SAME_USER_AS_LAST_CHANGE));
        assertEquals(422, Refusals.status(LumpSumRefusal.NOTE_REQUIRED));
        assertEquals("note", Refusals.field(LumpSumRefusal.NOTE_REQUIRED));
        assertEquals(422, Refusals.status(LumpSumRefusal.PAYMENT_STOP_NOT_ALLOWED));
        assertEquals("paymentStop", Refusals.field(LumpSumRefusal.PAYMENT_STOP_NOT_ALLOWED));
        assertEquals("status", Refusals.field(LumpSumRefusal.UNKNOWN_STATUS));
        assertEquals("reason", Refusals.field(LumpSumRefusal.UNKNOWN_REASON));
        assertNull(Refusals.field(LumpSumRefusal.STALE));
        for (LumpSumRefusal refusal : LumpSumRefusal.values()) {
            if (Refusals.status(refusal) == 422) {
                assertTrue(Refusals.field(refusal) != null || refusal == LumpSumRefusal.NOTHING_SELECTED
                        || refusal == LumpSumRefusal.LINES_OF_SEVERAL_CYCLES
                        || refusal == LumpSumRefusal.REASON_FOR_REOPEN_REQUIRED, refusal + " names no field");
            }
        }
    }

    @Test
    void everyRefusalIsSaidInBothLanguagesWithTheCutOffAndLine() {
        for (Locale locale : new Locale[] {Locale.JAPANESE, Locale.ENGLISH}) {
            for (LumpSumRefusal refusal : LumpSumRefusal.values()) {
                String text = ApiLanguage.text(locale, "lumpsum.refused." + refusal.name(), "2026年12月3日", "7");
                assertTrue(!text.isBlank(), refusal.name());
            }
        }
        assertTrue(ApiLanguage.text(Locale.JAPANESE, "lumpsum.refused.CUT_OFF_PASSED", "2026年12月3日", "")
                .contains("送信期限（2026年12月3日）"));
    }

    @Test
    void japaneseUnlessEnglishIsPreferred() {
        assertEquals(Locale.JAPANESE, ApiLanguage.locale(null));
        assertEquals(Locale.JAPANESE, ApiLanguage.locale("ja,en;q=0.5"));
        assertEquals(Locale.ENGLISH, ApiLanguage.locale("en"));
        assertEquals(Locale.ENGLISH, ApiLanguage.locale("en-US,en;q=0.9,ja;q=0.5"));
        assertEquals(Locale.JAPANESE, ApiLanguage.locale("fr"));
        assertEquals(Locale.JAPANESE, ApiLanguage.locale(";;;=="));
        assertNotEquals(ApiLanguage.text(Locale.ENGLISH, "api.ifMatchRequired"),
                ApiLanguage.text(Locale.JAPANESE, "api.ifMatchRequired"));
    }

    @Test
    void ifMatchIsTheVersionQuotedOrNotAndRequired() {
        assertEquals(3, Versions.ifMatch("3"));
        assertEquals(3, Versions.ifMatch("\"3\""));
        assertEquals(12, Versions.ifMatch(" W/\"12\" "));
        assertEquals(428, assertThrows(ApiProblem.class, () -> Versions.ifMatch(null)).status());
        assertEquals(428, assertThrows(ApiProblem.class, () -> Versions.ifMatch(" ")).status());
        assertEquals(400, assertThrows(ApiProblem.class, () -> Versions.ifMatch("*")).status());
        assertEquals(400, assertThrows(ApiProblem.class, () -> Versions.ifMatch("-1")).status());
    }

    @Test
    void pagingParametersAreCheckedAndNamed() {
        assertEquals(100, QueryParameters.integer("limit", null, 100, 1, 500));
        assertEquals(20, QueryParameters.integer("limit", "20", 100, 1, 500));
        ApiProblem tooMany = assertThrows(ApiProblem.class, () -> QueryParameters.integer("limit", "501", 100, 1, 500));
        assertEquals(400, tooMany.status());
        assertEquals("limit", tooMany.args()[0]);
        assertThrows(ApiProblem.class, () -> QueryParameters.integer("offset", "x", 0, 0, Integer.MAX_VALUE));
        assertTrue(QueryParameters.bool("notDeductedOnly", "TRUE"));
        assertThrows(ApiProblem.class, () -> QueryParameters.bool("notDeductedOnly", "yes"));
    }
}
