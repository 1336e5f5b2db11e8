package jp.kojo.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * 国民の祝日・休日 as the Cabinet Office published them. A year with rows here is taken from this table;
 * later years are computed by the rules.
 */
@Entity
@Table(name = "national_holiday")
@NamedQuery(name = NationalHoliday.BETWEEN,
        query = "SELECT h FROM NationalHoliday h WHERE h.date BETWEEN :from AND :to ORDER BY h.date")
public class NationalHoliday {
    public static final String BETWEEN = "NationalHoliday.between";

    @Id
    @Column(name = "holiday_date")
    private LocalDate date;
    private String name;

    protected NationalHoliday() {
    }

    public NationalHoliday(LocalDate date, String name) {
        this.date = date;
        this.name = name;
    }

    public LocalDate getDate() { return date; }
    public String getName() { return name; }
}
