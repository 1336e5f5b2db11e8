package jp.kojo.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** 臨時休業日: a day the bank closes the service besides weekends, holidays and the year end. */
@Entity
@Table(name = "extra_closed_day")
@NamedQuery(name = ExtraClosedDay.BETWEEN,
        query = "SELECT d FROM ExtraClosedDay d WHERE d.date BETWEEN :from AND :to ORDER BY d.date")
public class ExtraClosedDay {
    public static final String BETWEEN = "ExtraClosedDay.between";

    @Id
    @Column(name = "closed_date")
    private LocalDate date;
    private String name;
    private String reason;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private LocalDateTime createdAt;

    protected ExtraClosedDay() {
    }

    public ExtraClosedDay(LocalDate date, String name, String reason, String createdBy, LocalDateTime createdAt) {
        this.date = date;
        this.name = name;
        this.reason = reason;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public LocalDate getDate() { return date; }
    public String getName() { return name; }
    public String getReason() { return reason; }
    public String getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
