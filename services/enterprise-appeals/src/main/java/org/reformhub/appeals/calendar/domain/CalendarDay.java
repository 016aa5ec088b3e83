package org.reformhub.appeals.calendar.domain;

import java.time.LocalDate;

/** One listed day of the holiday notice: a day off (放假) or a weekend working day (调休上班), with the holiday's name. */
public class CalendarDay {

    private LocalDate day;
    private WorkingCalendar.Kind kind;
    private String holiday;

    protected CalendarDay() {
        // JPA (mapped in META-INF/orm.xml)
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
