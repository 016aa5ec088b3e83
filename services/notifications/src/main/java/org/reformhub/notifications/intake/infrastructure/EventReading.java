package org.reformhub.notifications.intake.infrastructure;

import java.util.List;

import org.reformhub.kernel.event.appeals.AppealStepEvent;
import org.reformhub.kernel.event.appeals.PublishedAppeal;
import org.reformhub.kernel.event.appeals.PublishedCityReport;
import org.reformhub.kernel.event.appeals.PublishedSessionInvitation;
import org.reformhub.kernel.event.progress.MeasureRef;
import org.reformhub.kernel.event.progress.PublishedDueReports;
import org.reformhub.kernel.event.progress.PublishedMissingReport;
import org.reformhub.kernel.event.progress.PublishedReport;
import org.reformhub.kernel.event.registry.PublishedMeasure;
import org.reformhub.notifications.rule.domain.EventFacts;

import static org.reformhub.kernel.event.read.EventFields.required;

/**
 * Turns the published events, as the kernel's one reader of each has them (docs/events/schemas), into what the rules
 * read; a field the rules cannot do without and the reader may lack makes the event invalid (dead-lettered).
 */
final class EventReading {

    private EventReading() {
    }

    /** A registry measure as the rules see it: who is responsible and the deadline as people read it. */
    static EventFacts.Measure measure(PublishedMeasure m) {
        String deadlineText = m.deadline().ongoing() ? "持续推进" : m.deadline().date() == null ? "" : m.deadline().date().toString();
        return new EventFacts.Measure(m.programme(), m.code(), m.title(), units(m.leadUnits()), units(m.cooperatingUnits()),
                deadlineText);
    }

    /** A measure as progress reporting tracks it, with the deadline its event states ("" when none). */
    static EventFacts.Measure measure(MeasureRef m, String deadline) {
        return new EventFacts.Measure(m.programme(), m.code(), required(m.title(), "title"), units(m.leadUnits()),
                units(m.cooperatingUnits()), deadline);
    }

    private static List<EventFacts.Unit> units(List<PublishedMeasure.Unit> units) {
        return units.stream().map(u -> new EventFacts.Unit(u.code(), u.name())).toList();
    }

    static EventFacts.Report report(PublishedReport r) {
        return new EventFacts.Report(r.programme(), r.code(), r.dept(), r.kind() == null ? "" : r.kind(), r.period(),
                r.review().returnReason());
    }

    static EventFacts.MissingReport missingReport(PublishedMissingReport r) {
        return new EventFacts.MissingReport(r.programme(), r.code(), r.dept(), r.period(),
                r.dueDate() == null ? "" : r.dueDate().toString(), r.daysLate());
    }

    static EventFacts.DueReports dueReports(PublishedDueReports d) {
        return new EventFacts.DueReports(d.programme(), d.period(), d.ongoing(), d.dueDate());
    }

    static EventFacts.Appeal appeal(AppealStepEvent step) {
        PublishedAppeal a = step.appeal();
        return new EventFacts.Appeal(required(step.action(), "action"), a.caseNumber(),
                required(a.enterprise().uscc(), "uscc"), required(a.matter().title(), "title"), a.status(),
                a.handling().leadUnit(), a.handling().cooperatingUnits(),
                a.handling().dueDate() == null ? "" : a.handling().dueDate().toString(), a.answer().outcome(), step.note(),
                a.district(), null);
    }

    static EventFacts.SessionInvitation sessionInvitation(PublishedSessionInvitation s) {
        List<EventFacts.Invitee> invitees = s.invitees().stream()
                .map(i -> new EventFacts.Invitee(i.kind(), i.ref(), i.name(),
                        i.cases().stream().map(c -> c.caseNumber() + " " + c.title()).toList()))
                .toList();
        return new EventFacts.SessionInvitation(s.id(), s.heldOn(), s.place(), s.levelName(), s.title(), invitees,
                s.invitedAt());
    }

    static EventFacts.CityReport cityReport(PublishedCityReport r) {
        return new EventFacts.CityReport(r.id(), r.kind(), r.month(), r.title());
    }
}
