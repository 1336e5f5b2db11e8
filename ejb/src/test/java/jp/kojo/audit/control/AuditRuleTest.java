package jp.kojo.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.kojo.audit.entity.AuditAction;
import org.junit.jupiter.api.Test;

class AuditRuleTest {
    @Test
    void aBankActNeedsAReason() {
        for (AuditAction action : AuditAction.values()) {
            assertTrue(AuditRule.reasonMissing(action, null), action.name());
            assertTrue(AuditRule.reasonMissing(action, " \u3000"), action.name());
            assertFalse(AuditRule.reasonMissing(action, "書面受付"), action.name());
        }
    }

    @Test
    void textsAreStrippedAndCutToTheirColumns() {
        assertEquals("理由", AuditRule.fit("  理由 ", AuditRule.MAX_REASON));
        assertEquals(200, AuditRule.fit("あ".repeat(250), AuditRule.MAX_REASON).length());
        assertNull(AuditRule.fit("  ", AuditRule.MAX_REASON));
    }

    @Test
    void anUnknownActionFiltersNothing() {
        assertNull(AuditSearch.action("DROP TABLE"));
        assertEquals(AuditAction.MASTER_DELETED, AuditSearch.action(" MASTER_DELETED "));
    }
}
