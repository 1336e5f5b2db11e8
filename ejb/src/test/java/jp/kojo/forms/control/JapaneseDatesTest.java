package jp.kojo.forms.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JapaneseDatesTest {
    @Test
    void reiwaDatesWithoutLeadingZeros() {
        assertEquals("令和8年12月1日", JapaneseDates.format(LocalDate.of(2026, 12, 1)));
        assertEquals("令和2年1月9日", JapaneseDates.format(LocalDate.of(2020, 1, 9)));
    }

    @Test
    void firstYearOfReiwaIsGannen() {
        assertEquals("令和元年5月1日", JapaneseDates.format(LocalDate.of(2019, 5, 1)));
        assertEquals("令和元年12月31日", JapaneseDates.format(LocalDate.of(2019, 12, 31)));
    }

    @Test
    void dayBeforeReiwaIsHeisei31() {
        assertEquals("平成31年4月30日", JapaneseDates.format(LocalDate.of(2019, 4, 30)));
    }
}
