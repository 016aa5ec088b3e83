package org.reformhub.warehouse.load.domain;

import java.util.List;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.appeals.AppealStepEvent;
import org.reformhub.kernel.event.appeals.PublishedAppeal;
import org.reformhub.kernel.event.appeals.PublishedCalendarYear;

import static org.reformhub.kernel.event.read.EventFields.required;
import static org.reformhub.warehouse.load.domain.EventRows.eventTime;

/**
 * The rows of the appeal channel's events (read by the kernel's one reader of each): the case as it stands, its
 * ratings, the working calendar. The warehouse needs more of a case than the notification service does.
 */
final class AppealRows {

    private AppealRows() {
    }

    static void appeal(CloudEvent event, List<StarRow> rows) {
        PublishedAppeal a = AppealStepEvent.of(event).appeal();
        PublishedAppeal.Handling handling = a.handling();
        String category = required(a.matter().category(), "category");
        String rating = a.rating().rating();
        required(handling.dueDate(), "dueDate");
        required(handling.filedAt(), "filedAt");
        rows.add(new StarRow.Appeal(a.caseNumber(), required(a.id(), "id"), category, required(a.district(), "district"),
                required(a.channel(), "channel"), a.matter().urgent(), a.supervised(), a.status(), handling, a.answer(),
                rating, a.rating().ratedAt(), a.closedAt(), a.reopenCount(), a.duplicateOf(), a.measures(),
                required(a.version(), "version")));
        rows.add(new StarRow.Category(category, a.matter().categoryName(), eventTime(event)));
        if (handling.leadUnit() != null) {
            rows.add(StarRow.Department.mentioned(handling.leadUnit(), eventTime(event)));
        }
        handling.cooperatingUnits().forEach(unit -> rows.add(StarRow.Department.mentioned(unit, eventTime(event))));
        if (event.type().equals("reform.appeals.appeal.rated.v1")) {
            Integer score = EventRows.RATING_SCORES.get(rating);
            if (score == null) {
                throw new UnreadableEvent("a rated appeal without a known rating: " + rating);
            }
            rows.add(new StarRow.Rating(event.id(), a.caseNumber(), handling.leadUnit(), category, rating, score,
                    score >= 3, required(a.rating().ratedAt(), "ratedAt"), handling.filedAt()));
        }
    }

    static void calendarYear(CloudEvent event, List<StarRow> rows) {
        PublishedCalendarYear year = PublishedCalendarYear.of(event);
        rows.add(new StarRow.CalendarYear(year.year(), year.setAt(), year.days().stream()
                .map(d -> new StarRow.CalendarDay(d.day(), d.off(), d.holiday())).toList()));
    }
}
