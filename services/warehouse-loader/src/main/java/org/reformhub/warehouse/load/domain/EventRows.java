package org.reformhub.warehouse.load.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.InvalidEventException;
import org.reformhub.kernel.event.appeals.PublishedAppealContact;
import org.reformhub.kernel.event.appeals.PublishedCalendarYear;
import org.reformhub.kernel.event.appeals.PublishedCityReport;
import org.reformhub.kernel.event.appeals.PublishedSessionInvitation;
import org.reformhub.kernel.event.notifications.PublishedDelivery;
import org.reformhub.kernel.event.notifications.PublishedSupervisionNotice;
import org.reformhub.kernel.event.progress.PublishedDueReports;
import org.reformhub.kernel.event.progress.PublishedKpiValue;
import org.reformhub.kernel.event.progress.PublishedMissingReport;
import org.reformhub.kernel.event.progress.PublishedOverdueMeasure;
import org.reformhub.kernel.event.progress.PublishedReport;
import org.reformhub.kernel.event.progress.PublishedStatusChange;
import org.reformhub.kernel.city.CityTime;

/**
 * Which rows each event type gives (the published contracts, docs/events/schemas). One entry per type: a new type
 * of a producer is one more line here and, when it brings a new fact, one more row type and table. Fields the
 * warehouse does not know are ignored (additive changes keep a type's version); a type it does not know is skipped.
 */
public final class EventRows {

    /** 非常满意, 满意 and 基本满意 count as satisfied, as in the appeal channel's own figures. */
    public static final Map<String, Integer> RATING_SCORES = Map.of("VERY_SATISFIED", 5, "SATISFIED", 4,
            "BASICALLY_SATISFIED", 3, "DISSATISFIED", 2, "VERY_DISSATISFIED", 1);

    private static final List<String> APPEAL_STEPS = List.of("filed", "accepted", "rejected", "assigned", "sent-back",
            "answered", "rated", "reopened", "extended", "sla-warning", "overdue", "merged", "closed", "time-limit-set",
            "tagged", "level-changed");

    /**
     * Known types whose facts the star schema takes from other events (a due date announced, an overdue measure
     * detected, a session's or a report's publication): loaded as nothing, and not counted as unknown.
     */
    static final Set<String> KNOWN_WITHOUT_ROWS = Set.of(PublishedDueReports.TYPE, PublishedOverdueMeasure.TYPE,
            "reform.appeals.session.held.v1", PublishedSessionInvitation.TYPE, PublishedCityReport.TYPE,
            // personal data (an enterprise's contact person, phone, e-mail): never in the warehouse
            PublishedAppealContact.TYPE);

    private final Map<String, BiConsumer<CloudEvent, List<StarRow>>> readers = new HashMap<>();

    public EventRows() {
        for (String step : List.of("created", "updated", "closed", "reopened")) {
            readers.put("reform.registry.programme." + step + ".v1", RegistryRows::programme);
        }
        for (String step : List.of("created", "updated", "archived")) {
            readers.put("reform.registry.measure." + step + ".v1", RegistryRows::measure);
        }
        for (String step : List.of("created", "updated", "merged")) {
            readers.put("reform.registry.department." + step + ".v1", RegistryRows::department);
        }
        PublishedReport.TYPES.forEach(type -> readers.put(type, ProgressRows::report));
        readers.put(PublishedStatusChange.TYPE, ProgressRows::statusChange);
        readers.put(PublishedKpiValue.TYPE, ProgressRows::kpi);
        readers.put(PublishedMissingReport.TYPE, ProgressRows::missingReport);
        for (String step : APPEAL_STEPS) {
            readers.put("reform.appeals.appeal." + step + ".v1", AppealRows::appeal);
        }
        readers.put(PublishedCalendarYear.TYPE, AppealRows::calendarYear);
        readers.put(PublishedDelivery.SENT, NotificationRows::delivery);
        readers.put(PublishedDelivery.FAILED, NotificationRows::delivery);
        for (String step : List.of("issued", "acknowledged", "replied", "escalated")) {
            readers.put(PublishedSupervisionNotice.PREFIX + step + ".v1", NotificationRows::supervisionNotice);
        }
        KNOWN_WITHOUT_ROWS.forEach(type -> readers.put(type, (event, rows) -> { }));
    }

    public boolean knows(String type) {
        return readers.containsKey(type);
    }

    /**
     * Adds the event's rows to the batch.
     * @return false for a type this loader does not know (nothing added)
     * @throws UnreadableEvent when a known type lacks a field the warehouse cannot do without
     */
    public boolean read(CloudEvent event, RowBatch rows) {
        BiConsumer<CloudEvent, List<StarRow>> reader = readers.get(event.type());
        if (reader == null) {
            return false;
        }
        if (event.data() == null || !event.data().isObject()) {
            throw new UnreadableEvent("event without data");
        }
        // read the event's rows first: an unreadable event adds nothing to the batch
        List<StarRow> read = new ArrayList<>(4);
        try {
            reader.accept(event, read);
        } catch (InvalidEventException e) {
            throw new UnreadableEvent(e.getMessage()); // the kernel's readers say what is missing; here it is parked
        }
        read.forEach(rows::add);
        return true;
    }

    static Instant eventTime(CloudEvent event) {
        if (event.time() == null) {
            throw new UnreadableEvent("event without time");
        }
        return event.time();
    }

    public static int dateKey(LocalDate day) {
        return day.getYear() * 10000 + day.getMonthValue() * 100 + day.getDayOfMonth();
    }

    public static int dateKey(Instant instant) {
        return dateKey(CityTime.dateOf(instant));
    }
}
