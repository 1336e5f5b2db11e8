package jp.kojo.batch.resultsout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import jp.kojo.batch.resultsout.ResultsOutParameters.InvalidParameterException;
import jp.kojo.batch.resultsout.ResultsOutParameters.InvalidParameterException.Parameter;
import jp.kojo.deduction.entity.CycleKind;
import org.junit.jupiter.api.Test;

class ResultsOutParametersTest {
    @Test
    void oneCycleByYearMonthAndKindInEitherSpelling() {
        assertEquals(new ResultsOutParameters(YearMonth.of(2025, 4), CycleKind.BONUS), ResultsOutParameters.of("202504", "2"));
        assertEquals(new ResultsOutParameters(YearMonth.of(2025, 4), CycleKind.MONTHLY), ResultsOutParameters.of("2025-04", "monthly"));
        assertEquals("2025-04", ResultsOutParameters.of("202504", "BONUS").toProperties().getProperty("yearMonth"));
    }

    @Test
    void neitherMeansEverySentCycleNotExportedYet() {
        assertTrue(ResultsOutParameters.of(null, "").all());
        assertTrue(ResultsOutParameters.of(" ", null).toProperties().isEmpty());
    }

    @Test
    void refusalsNameTheParameter() {
        assertEquals(Parameter.YEAR_MONTH, assertThrows(InvalidParameterException.class, () -> ResultsOutParameters.of("202513", "1")).parameter());
        assertEquals(Parameter.YEAR_MONTH, assertThrows(InvalidParameterException.class, () -> ResultsOutParameters.of("", "BONUS")).parameter());
        assertEquals(Parameter.KIND, assertThrows(InvalidParameterException.class, () -> ResultsOutParameters.of("202504", "")).parameter());
        assertEquals(Parameter.KIND, assertThrows(InvalidParameterException.class, () -> ResultsOutParameters.of("202504", "3")).parameter());
    }
}
