package jp.kojo.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kojo.calendar.boundary.CalendarDay;
import jp.kojo.calendar.boundary.DayKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class JapaneseHolidaysTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2025, 2026, 2027, 2028, 2029, 2030})
    void rulesGiveTheOfficialList(int year) {
        Map<LocalDate, String> computed = new LinkedHashMap<>();
        for (CalendarDay day : JapaneseHolidays.of(year)) {
            assertEquals(DayKind.HOLIDAY, day.kind());
            computed.put(day.date(), day.name());
        }
        assertEquals(OfficialHolidays.of(year), computed);
    }

    @Test
    void citizensHolidayOf2026SitsBetweenRespectForTheAgedDayAndTheEquinox() {
        assertEquals("国民の休日", JapaneseHolidays.of(2026).stream()
                .filter(d -> d.date().equals(LocalDate.of(2026, 9, 22))).findFirst().orElseThrow().name());
    }

    @Test
    void aSundayHolidayBeforeTwoMoreHolidaysMovesPastThem() {
        // 2026-05-03 (憲法記念日) is a Sunday; 5/4 and 5/5 are holidays themselves, so the substitute is 5/6.
        assertEquals("振替休日", JapaneseHolidays.of(2026).stream()
                .filter(d -> d.date().equals(LocalDate.of(2026, 5, 6))).findFirst().orElseThrow().name());
    }

    @Test
    void equinoxDaysFollowTheAstronomicalTables() {
        assertEquals(21, JapaneseHolidays.vernalEquinoxDay(2027));
        assertEquals(20, JapaneseHolidays.vernalEquinoxDay(2028));
        assertEquals(22, JapaneseHolidays.autumnalEquinoxDay(2028));
        assertEquals(23, JapaneseHolidays.autumnalEquinoxDay(2029));
    }

    @Test
    void yearsOutsideTheRulesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> JapaneseHolidays.of(2021));
        assertThrows(IllegalArgumentException.class, () -> JapaneseHolidays.of(2100));
    }
}
