package org.reformhub.appeals.calendar.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One listed day of the holiday notice: a day off (放假) or a weekend working day (调休上班), with the holiday's name. */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkingCalendar.Kind kind;

    @Column(nullable = false)
    private String holiday;

    protected CalendarDay() {
        // JPA
    }

    public CalendarDay(LocalDate day, WorkingCalendar.Kind kind, String holiday) {
        this.day = day;
        this.kind = kind;
        this.holiday = holiday;
    }

    public LocalDate day() {
        return day;
    }

    public WorkingCalendar.Kind kind() {
        return kind;
    }

    public String holiday() {
        return holiday;
    }
}
