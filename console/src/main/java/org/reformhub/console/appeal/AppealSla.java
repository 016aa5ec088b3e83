package org.reformhub.console.appeal;

import java.time.LocalDate;
import java.util.Set;

import io.quarkus.qute.TemplateExtension;

import org.reformhub.console.backend.AppealsApi;
import org.reformhub.kernel.city.CityTime;

/**
 * Where a case stands against its time limit (办理时限), as lists colour it: overdue, due within three days, on
 * track, or no longer waiting (answered, closed, refused, merged). Today is the city's.
 */
@TemplateExtension
public final class AppealSla {

    public enum Standing { OVERDUE, DUE_SOON, ON_TRACK, DONE }

    /** Open cases whose limit is this close are shown as due soon. */
    public static final int DUE_SOON_DAYS = 3;
    private static final Set<String> NOT_WAITING = Set.of("ANSWERED", "CLOSED", "REJECTED", "MERGED");

    private AppealSla() {
    }

    public static Standing of(AppealsApi.AppealSummary appeal, LocalDate today) {
        if (NOT_WAITING.contains(appeal.status()) || appeal.dueDate() == null) {
            return Standing.DONE;
        }
        if (appeal.dueDate().isBefore(today)) {
            return Standing.OVERDUE;
        }
        return appeal.dueDate().isAfter(today.plusDays(DUE_SOON_DAYS)) ? Standing.ON_TRACK : Standing.DUE_SOON;
    }

    /** {a.standing}: in a template, against today in the city. */
    static Standing standing(AppealsApi.AppealSummary appeal) {
        return of(appeal, CityTime.today());
    }
}
