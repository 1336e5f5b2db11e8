package jp.kojo.platform;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {

    @Test
    void aDuplicateKeyDeepInTheCausesIsRecognised() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint", "23505");
        RuntimeException wrapped = new RuntimeException("flush", new IllegalStateException("database", duplicate));
        assertTrue(UniqueViolation.isCauseOf(wrapped));
    }

    @Test
    void aDuplicateKeyChainedAsTheNextExceptionOfABatchIsRecognised() {
        SQLException batch = new SQLException("batch entry 0 was aborted", "XX000");
        batch.setNextException(new SQLException("duplicate key", "23505"));
        assertTrue(UniqueViolation.isCauseOf(new RuntimeException(batch)));
    }

    @Test
    void otherConstraintsAndFailuresAreNot() {
        assertFalse(UniqueViolation.isCauseOf(new SQLIntegrityConstraintViolationException("not null", "23502")));
        assertFalse(UniqueViolation.isCauseOf(new SQLException("foreign key", "23503")));
        assertFalse(UniqueViolation.isCauseOf(new IllegalStateException("no SQL at all")));
        assertFalse(UniqueViolation.isCauseOf(null));
    }
}
