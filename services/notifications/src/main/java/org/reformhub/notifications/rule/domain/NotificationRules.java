package org.reformhub.notifications.rule.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules: which event tells whom what, how urgently. One method per event family; each returns the notices
 * of the rules that apply (none for events nobody needs to hear about). Pure, unit-tested.
 */
public final class NotificationRules {

    private NotificationRules() {
    }

    /** A new measure: each responsible unit, lead (牵头) or cooperating (配合), hears of it once. */
    public static List<Notice> measureCreated(EventFacts.Measure m) {
        List<Notice> notices = new ArrayList<>();
        List<String> told = new ArrayList<>();
        for (EventFacts.Unit unit : m.leadUnits()) {
            if (!told.contains(unit.code())) {
                told.add(unit.code());
                notices.add(assigned(m, unit, "牵头单位"));
            }
        }
        for (EventFacts.Unit unit : m.cooperatingUnits()) {
            if (!told.contains(unit.code())) {
                told.add(unit.code());
                notices.add(assigned(m, unit, "配合单位"));
            }
        }
        return notices;
    }

    private static Notice assigned(EventFacts.Measure m, EventFacts.Unit unit, String role) {
        // one notice per unit: the model differs (its name, its role)
        return new Notice("measure-assigned", "measure", Severity.INFO, List.of(Recipient.department(unit.code())),
                Map.of("code", m.code(), "title", m.title(), "programme", m.programme(), "unit", unit.name(), "role", role,
                        "deadline", m.deadlineText()), measureLink(m.programme(), m.code()));
    }

    /** Overdue (逾期): the lead units and the supervision office, critical. */
    public static List<Notice> measureOverdue(EventFacts.Measure m, int daysOverdue) {
        List<Recipient> to = new ArrayList<>(m.leadUnits().stream().map(u -> Recipient.department(u.code())).toList());
        to.add(Recipient.SUPERVISORS);
        return List.of(new Notice("measure-overdue", "measure", Severity.CRITICAL, to, Map.of("code", m.code(),
                "title", m.title(), "programme", m.programme(), "deadline", m.deadlineText(), "days", daysOverdue),
                measureLink(m.programme(), m.code())));
    }

    /** A consolidated report waits for review; returned and approved reports go back to their unit. */
    public static List<Notice> report(String step, EventFacts.Report r) {
        Map<String, Object> model = Map.of("code", r.code(), "programme", r.programme(), "dept", r.dept(), "period", r.period(),
                "reason", Optional.ofNullable(r.returnReason()).orElse(""));
        // the office reviews from its queue; a unit finds its returned or approved report among its measures
        String link = ConsoleLinks.unitReports();
        return switch (step) {
            case "submitted" -> "CONSOLIDATED".equals(r.kind())
                    ? List.of(new Notice("report-submitted", "report", Severity.INFO, List.of(Recipient.SUPERVISORS), model,
                    ConsoleLinks.reviewQueue()))
                    : List.of();
            case "approved" -> List.of(new Notice("report-approved", "report", Severity.INFO,
                    List.of(Recipient.department(r.dept())), model, link));
            case "returned" -> List.of(new Notice("report-returned", "report", Severity.WARNING,
                    List.of(Recipient.department(r.dept())), model, link));
            default -> List.of();
        };
    }

    /** 催报: the unit that owes the report. */
    public static List<Notice> reportMissing(EventFacts.MissingReport r) {
        return List.of(new Notice("report-missing", "report", Severity.WARNING, List.of(Recipient.department(r.dept())),
                Map.of("code", r.code(), "programme", r.programme(), "period", r.period(), "due", r.dueDate(), "days", r.daysLate()),
                measureLink(r.programme(), r.code())));
    }

    /**
     * A step of an appeal: who must act next hears of it; the enterprise's account hears of its answer and of a
     * refusal. The contact the enterprise gave for the case (e-mail, SMS; an account or not) hears in its own words
     * that the case was received (case number and due date), routed to a unit, answered (with the request to rate),
     * refused, and taken up again after it was not satisfied.
     */
    public static List<Notice> appeal(EventFacts.Appeal a) {
        Map<String, Object> model = Map.of("case", a.caseNumber(), "title", a.title(), "due", a.dueDate(),
                "unit", Optional.ofNullable(a.leadUnitName()).or(() -> Optional.ofNullable(a.leadUnit())).orElse("（待交办）"), "note", Optional.ofNullable(a.note()).orElse(""),
                "outcome", outcome(a.outcome()));
        String link = ConsoleLinks.appeal(a.caseNumber());
        List<Recipient> lead = a.leadUnit() == null ? List.of() : List.of(Recipient.department(a.leadUnit()));
        List<Recipient> handling = new ArrayList<>(lead);
        a.cooperatingUnits().forEach(u -> handling.add(Recipient.department(u)));
        // the city office, and the office of the case's district (县区营商办) alongside it
        List<Recipient> offices = new ArrayList<>(List.of(Recipient.SUPERVISORS));
        if (a.district() != null && !a.district().isBlank()) {
            offices.add(Recipient.districtOffice(a.district()));
        }
        List<Recipient> leadAndOffice = new ArrayList<>(lead);
        leadAndOffice.addAll(offices);
        List<Recipient> enterprise = List.of(Recipient.enterprise(a.uscc()));
        List<Recipient> contact = List.of(Recipient.caseContact(a.caseNumber()));
        return switch (a.action()) {
            case "FILED" -> List.of(notice("appeal-filed", Severity.INFO, offices, model, link),
                    notice("contact-appeal-received", Severity.INFO, contact, model, link));
            case "ASSIGNED" -> List.of(notice("appeal-assigned", Severity.INFO, handling, model, link),
                    notice("contact-appeal-routed", Severity.INFO, contact, model, link));
            case "SENT_BACK" -> List.of(notice("appeal-sent-back", Severity.WARNING, offices, model, link));
            case "ANSWERED" -> List.of(notice("appeal-answered", Severity.INFO, enterprise, model, link),
                    notice("contact-appeal-answered", Severity.INFO, contact, model, link));
            case "REJECTED" -> List.of(notice("appeal-rejected", Severity.INFO, enterprise, model, link),
                    notice("contact-appeal-rejected", Severity.INFO, contact, model, link));
            case "REOPENED" -> List.of(notice("appeal-reopened", Severity.CRITICAL, leadAndOffice, model, link),
                    notice("contact-appeal-reopened", Severity.INFO, contact, model, link));
            case "SLA_WARNING" -> List.of(notice("appeal-sla-warning", Severity.WARNING,
                    lead.isEmpty() ? offices : lead, model, link));
            case "OVERDUE" -> List.of(notice("appeal-overdue", Severity.CRITICAL, leadAndOffice, model, link));
            case "TIME_LIMIT_SET" -> List.of(notice("appeal-time-limit-set", Severity.INFO, lead, model, link));
            default -> List.of();
        };
    }

    /**
     * 联席会议 invitations: each enterprise is told about its own cases, each unit about the cases it handles; the date,
     * place and level in every one.
     */
    public static List<Notice> sessionInvited(EventFacts.SessionInvitation s) {
        List<Notice> notices = new ArrayList<>();
        for (EventFacts.Invitee i : s.invitees()) {
            String link = i.cases().isEmpty() ? ConsoleLinks.inbox() : ConsoleLinks.appeal(caseNumberOf(i.cases().get(0)));
            Map<String, Object> model = Map.of("title", s.title(), "date", s.heldOn(), "place", s.place(), "level",
                    s.levelName(), "cases", String.join("；", i.cases()));
            List<Recipient> to = recipientsOf(i);
            notices.add(new Notice("session-invitation", "appeal", Severity.INFO, accounts(to), model, link));
            if (!contacts(to).isEmpty()) {
                notices.add(new Notice("contact-session-invitation", "appeal", Severity.INFO, contacts(to), model, link));
            }
        }
        return notices;
    }

    /** An invited unit; an invited enterprise, its account and the contacts it gave for the cases on the agenda. */
    public static List<Recipient> recipientsOf(EventFacts.Invitee invitee) {
        if (!"ENTERPRISE".equals(invitee.kind())) {
            return List.of(Recipient.department(invitee.ref()));
        }
        List<Recipient> to = new ArrayList<>(List.of(Recipient.enterprise(invitee.ref())));
        invitee.cases().forEach(c -> to.add(Recipient.caseContact(caseNumberOf(c))));
        return to;
    }

    /** Those with an inbox (units, offices, enterprises' accounts). */
    public static List<Recipient> accounts(List<Recipient> recipients) {
        return recipients.stream().filter(r -> r.kind() != Recipient.Kind.CASE_CONTACT).toList();
    }

    /** The contacts given for cases, reached by e-mail and SMS in the {@code contact-} rules' words. */
    public static List<Recipient> contacts(List<Recipient> recipients) {
        return recipients.stream().filter(r -> r.kind() == Recipient.Kind.CASE_CONTACT).toList();
    }

    /** An invitee's case as the invitation lists it: "ZTC-202612-00001 施工许可办理慢". */
    private static String caseNumberOf(String listed) {
        return listed.split(" ")[0];
    }

    /** 月报 / 专题报告 sent: the supervision office keeps track of what the city received. */
    public static List<Notice> cityReportPublished(EventFacts.CityReport r) {
        return List.of(new Notice("city-report-published", "appeal", Severity.INFO, List.of(Recipient.SUPERVISORS),
                Map.of("title", r.title(), "kind", "MONTHLY".equals(r.kind()) ? "月报" : "专题报告"), ConsoleLinks.cityReport(r.id())));
    }

    private static Notice notice(String rule, Severity severity, List<Recipient> to, Map<String, Object> model, String link) {
        return new Notice(rule, "appeal", severity, to, model, link);
    }

    private static String outcome(String outcome) {
        if (outcome == null) {
            return "";
        }
        return switch (outcome) {
            case "RESOLVED" -> "已解决";
            case "PARTLY_RESOLVED" -> "部分解决";
            case "CANNOT_RESOLVE_NOW" -> "暂不能解决";
            case "NOT_IN_REMIT" -> "不属于政府职责范围";
            default -> outcome;
        };
    }

    private static String measureLink(String programme, String code) {
        return ConsoleLinks.measure(programme, code);
    }
}
