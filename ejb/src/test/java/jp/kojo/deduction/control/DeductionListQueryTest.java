package jp.kojo.deduction.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeductionListQueryTest {
    @Test
    void likeWildcardsTypedByTheUserAreTakenLiterally() {
        assertEquals("50\\%\\_a\\\\b", DeductionListQuery.escapeLike("50%_a\\b"));
    }
}
