package org.reformhub.notifications.supervision.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.api.PageRequest;
import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.security.Caller;
import org.reformhub.notifications.delivery.application.PlanDeliveries;
import org.reformhub.notifications.directory.application.Directory;
import org.reformhub.notifications.directory.domain.DepartmentContact;
import org.reformhub.notifications.inbox.application.Notify;
import org.reformhub.notifications.rule.domain.Notice;
import org.reformhub.notifications.rule.domain.Recipient;
import org.reformhub.notifications.rule.domain.Severity;
import org.reformhub.notifications.supervision.domain.NoticeStatus;
import org.reformhub.notifications.supervision.domain.SupervisionNotice;
import org.reformhub.notifications.supervision.domain.SupervisionRejection;
import org.reformhub.notifications.supervision.events.SupervisionContract;
import org.reformhub.notifications.supervision.infrastructure.SupervisionNoticeRepository;
import org.reformhub.kernel.city.CityTime;


/**
 * 督办: supervisors issue notices to units, which acknowledge and reply through their inbox; the reminder run
 * escalates unanswered ones to the unit's head contact. Each step notifies who must act next and is announced.
 */
@ApplicationScoped
public class SuperviseUnits {

    static final String SUPERVISION = "reform.notifications.supervision";

    /** One unit's record: how it answered the notices it received. */
    public record Scorecard(String dept, long issued, long open, long repliedOnTime, long repliedLate, long escalated) {
    }

    public record Issue(SupervisionNotice.SubjectKind subjectKind, String subjectRef, String dept, String reason,
                        LocalDate replyDue) {
    }

    private final SupervisionNoticeRepository notices;
    private final Notify notify;
    private final PlanDeliveries deliveries;
    private final Directory directory;
    private final Outbox outbox;

    public SuperviseUnits(SupervisionNoticeRepository notices, Notify notify, PlanDeliveries deliveries, Directory directory,
                          Outbox outbox) {
        this.notices = notices;
        this.notify = notify;
        this.deliveries = deliveries;
        this.directory = directory;
        this.outbox = outbox;
    }

    @Transactional
    public SupervisionNotice.SupervisionNoticeView issue(Issue issue, Caller supervisor) {
        Instant now = Instant.now();
        LocalDate today = CityTime.today();
        String number = "督办〔" + today.getYear() + "〕" + notices.nextNumber() + "号";
        SupervisionNotice.Result<SupervisionNotice> result = SupervisionNotice.issue(UUID.randomUUID(), number,
                issue.subjectKind(), issue.subjectRef(), issue.dept(), issue.reason(), issue.replyDue(), today,
                supervisor.username(), now);
        result.rejection().ifPresent(RejectedException::raise);
        SupervisionNotice notice = result.value().orElseThrow();
        notices.persist(notice);
        notify.deliver(List.of(new Notice("supervision-issued", "supervision", Severity.WARNING,
                List.of(Recipient.department(notice.dept())), model(notice), link(notice))), eventId(notice, "issued"), SUPERVISION);
        outbox.append(SupervisionContract.step(notice, "issued", supervisor.username(), false));
        return notice.view();
    }

    @Transactional
    public SupervisionNotice.SupervisionNoticeView acknowledge(UUID id, Caller unit) {
        SupervisionNotice notice = mine(id, unit);
        boolean first = notice.status() == NoticeStatus.ISSUED;
        notice.acknowledge(unit.username(), Instant.now()).ifPresent(RejectedException::raise);
        if (first) {
            outbox.append(SupervisionContract.step(notice, "acknowledged", unit.username(), false));
        }
        return notice.view();
    }

    @Transactional
    public SupervisionNotice.SupervisionNoticeView reply(UUID id, String text, Caller unit) {
        SupervisionNotice notice = mine(id, unit);
        notice.reply(text, unit.username(), Instant.now()).ifPresent(RejectedException::raise);
        Map<String, Object> model = model(notice);
        model.put("reply", text);
        notify.deliver(List.of(new Notice("supervision-replied", "supervision", Severity.INFO, List.of(Recipient.SUPERVISORS),
                model, link(notice))), eventId(notice, "replied"), SUPERVISION);
        outbox.append(SupervisionContract.step(notice, "replied", unit.username(),
                notice.repliedOnTime(CityTime.ZONE)));
        return notice.view();
    }

    @Transactional
    public SupervisionNotice.SupervisionNoticeView find(UUID id, Caller caller) {
        SupervisionNotice notice = notices.findByIdOptional(id)
                .orElseThrow(() -> new RejectedException(new SupervisionRejection.UnknownNotice(id.toString())));
        if (!caller.mayActForDepartment(notice.dept())) {
            throw new RejectedException(new SupervisionRejection.UnknownNotice(id.toString()));
        }
        return notice.view();
    }

    /** A unit sees its own notices; supervisors all, or one unit's. */
    @Transactional
    public Page<SupervisionNotice.SupervisionNoticeView> list(String dept, Caller caller, PageRequest page) {
        String scope = dept;
        if (!caller.seesEverything()) {
            scope = caller.dept().orElseThrow(() -> new RejectedException(new SupervisionRejection.OwnUnitOnly()));
            if (dept != null && !dept.equals(scope)) {
                throw new RejectedException(new SupervisionRejection.OwnUnitOnly());
            }
        }
        return notices.of(scope, page).map(SupervisionNotice::view);
    }

    /** Per unit: issued, open, replied on time or late, escalated. */
    @Transactional
    public List<Scorecard> scorecards() {
        Map<String, long[]> counts = new TreeMap<>();
        for (SupervisionNotice n : notices.all()) {
            long[] c = counts.computeIfAbsent(n.dept(), d -> new long[5]);
            c[0]++;
            if (n.status() != NoticeStatus.REPLIED) {
                c[1]++;
            } else if (n.repliedOnTime(CityTime.ZONE)) {
                c[2]++;
            } else {
                c[3]++;
            }
            if (n.escalated()) {
                c[4]++;
            }
        }
        List<Scorecard> cards = new ArrayList<>();
        counts.forEach((dept, c) -> cards.add(new Scorecard(dept, c[0], c[1], c[2], c[3], c[4])));
        return cards;
    }

    /**
     * Escalates what is unanswered after its reply date: the unit's inbox and the office (critical), and an e-mail to
     * the unit's head contact. One transaction per notice. @return how many were escalated
     */
    public int escalateUnanswered(LocalDate today) {
        List<UUID> open = QuarkusTransaction.requiringNew().call(() -> notices.unanswered().stream()
                .map(SupervisionNotice::id).toList());
        int escalated = 0;
        for (UUID id : open) {
            if (QuarkusTransaction.requiringNew().call(() -> escalate(id, today))) {
                escalated++;
            }
        }
        return escalated;
    }

    private boolean escalate(UUID id, LocalDate today) {
        SupervisionNotice notice = notices.findById(id);
        Instant now = Instant.now();
        if (notice == null || !notice.escalateIfUnanswered(today, now)) {
            return false;
        }
        Optional<DepartmentContact> unit = directory.find(notice.dept());
        Map<String, Object> model = model(notice, unit);
        String eventId = eventId(notice, "escalated");
        notify.deliver(List.of(new Notice("supervision-escalated", "supervision", Severity.CRITICAL,
                List.of(Recipient.department(notice.dept()), Recipient.SUPERVISORS), model, link(notice))), eventId, SUPERVISION);
        unit.flatMap(DepartmentContact::headEmail).ifPresent(head -> {
            model.put("link", link(notice));
            deliveries.planEmail(head, Recipient.department(notice.dept()), "supervision-escalated", "supervision", model,
                    eventId + ":head", SUPERVISION, now);
        });
        outbox.append(SupervisionContract.step(notice, "escalated", "system", false));
        return true;
    }

    private SupervisionNotice mine(UUID id, Caller unit) {
        SupervisionNotice notice = notices.findByIdOptional(id)
                .orElseThrow(() -> new RejectedException(new SupervisionRejection.UnknownNotice(id.toString())));
        if (!unit.mayActForDepartment(notice.dept())) { // another unit's notice does not exist for it
            throw new RejectedException(new SupervisionRejection.UnknownNotice(id.toString()));
        }
        return notice;
    }

    private Map<String, Object> model(SupervisionNotice n) {
        return model(n, directory.find(n.dept()));
    }

    private static Map<String, Object> model(SupervisionNotice n, Optional<DepartmentContact> unit) {
        Map<String, Object> model = new HashMap<>();
        model.put("number", n.number());
        model.put("subject", (n.subjectKind() == SupervisionNotice.SubjectKind.MEASURE ? "改革举措 " : "企业诉求 ") + n.subjectRef());
        model.put("unit", unit.map(DepartmentContact::name).orElse(n.dept()));
        model.put("due", n.replyDue().toString());
        model.put("reason", n.reason());
        model.put("reply", n.reply() == null ? "" : n.reply());
        return model;
    }

    private static String eventId(SupervisionNotice n, String step) {
        return "supervision:" + n.id() + ":" + step;
    }

    private static String link(SupervisionNotice n) {
        return org.reformhub.notifications.rule.domain.ConsoleLinks.supervisionNotice(n.id());
    }
}
