package jp.kojo.calendar.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kojo.platform.SchemaMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The table the migration seeds holds the official list, date for date and name for name. */
class PublishedHolidayTableTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2025, 2026, 2027})
    void seededTableEqualsTheOfficialList(int year) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:holidays;MODE=LEGACY;DB_CLOSE_DELAY=-1");
        new SchemaMigration(dataSource, getClass().getClassLoader()).migrate();
        try (Connection connection = dataSource.getConnection()) {
            Map<LocalDate, String> table = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT holiday_date, name FROM national_holiday "
                    + "WHERE holiday_date BETWEEN ? AND ? ORDER BY holiday_date")) {
                query.setObject(1, LocalDate.of(year, 1, 1));
                query.setObject(2, LocalDate.of(year, 12, 31));
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        table.put(rs.getObject(1, LocalDate.class), rs.getString(2));
                    }
                }
            }
            assertEquals(OfficialHolidays.of(year), table);
        }
    }
}
