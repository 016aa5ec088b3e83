package org.reformhub.console.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import io.quarkus.qute.TemplateExtension;
import org.reformhub.kernel.city.CityTime;

/** Dates and times as the city reads them: 北京时间, 2026年12月6日 14:05. */
@TemplateExtension
public final class CityDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private CityDates() {
    }

    public static String cityTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(CityTime.ZONE));
    }

    public static String cityDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The machine-readable form for {@code <time datetime=…>}. */
    static String iso(Instant instant) {
        return instant == null ? "" : instant.atZone(CityTime.ZONE).toOffsetDateTime().toString();
    }
}
