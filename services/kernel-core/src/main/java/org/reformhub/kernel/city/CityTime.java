package org.reformhub.kernel.city;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The city's clock: instants are stored and sent in UTC, but a deadline, a working day, a reporting month or "today"
 * is a date in the city (Zhuhai, {@code Asia/Shanghai}). Every service, the console and SQL that turns an instant into
 * a city date use this zone.
 */
public final class CityTime {

    /** For annotations ({@code @Scheduled(timeZone = …)}) and SQL ({@code at time zone}), which need a constant. */
    public static final String ZONE_ID = "Asia/Shanghai";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private CityTime() {
    }

    /** Today in the city. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** Today in the city by the given clock (tests fix the clock). */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The city date an instant falls on. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
