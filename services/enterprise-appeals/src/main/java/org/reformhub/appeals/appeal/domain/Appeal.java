package org.reformhub.appeals.appeal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reformhub.kernel.city.CityTime;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * 企业诉求: one enterprise's difficulty, from filing to the enterprise's rating. The workflow's rules live here;
 * every step is kept in {@link #history()}. Transitions return a rejection instead of throwing.
 */
@Entity
@Table(name = "appeal")
public class Appeal {

    /** A dissatisfied rating reopens the case for rectification within this many working days. */
    public static final int RECTIFICATION_DAYS = 15;

    /** What an enterprise files. */
    public record Filing(String uscc, String enterpriseName, String contactPerson, String phone, String email,
                         String category, boolean urgent, String title, String description, String district,
                         Channel channel) {
    }

    @Id
    private UUID id;

    /** Written by the numbering statement, never by an entity update (see {@link #numbered}). */
    @Column(name = "case_number", nullable = false, unique = true, updatable = false)
    private String caseNumber;

    @Column(nullable = false)
    private String uscc;

    @Column(name = "enterprise_name", nullable = false)
    private String enterpriseName;

    @Column(name = "contact_person", nullable = false)
    private String contactPerson;

    @Column(nullable = false)
    private String phone;

    private String email;

    @Column(nullable = false)
    private String category;

    @Column(nullable = false)
    private boolean urgent;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Column(nullable = false)
    private String district;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Channel channel;

    @Column(name = "filed_by", nullable = false)
    private String filedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppealStatus status;

    @Column(name = "lead_unit")
    private String leadUnit;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cooperating_units", nullable = false)
    private List<String> cooperatingUnits;

    @Column(name = "time_limit_days", nullable = false)
    private int timeLimitDays;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(columnDefinition = "text")
    private String answer;

    @Column(name = "committed_date")
    private LocalDate committedDate;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_on_time")
    private Boolean answeredOnTime;

    @Enumerated(EnumType.STRING)
    private Rating rating;

    @Column(name = "rating_comment", columnDefinition = "text")
    private String ratingComment;

    @Column(name = "rated_at")
    private Instant ratedAt;

    /** How the rating was obtained: the enterprise's own, or the office's follow-up (回访). */
    @Enumerated(EnumType.STRING)
    @Column(name = "rating_source")
    private RatingSource ratingSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "follow_up_channel")
    private FollowUpChannel followUpChannel;

    /** Who made the follow-up call (as the office records it). */
    @Column(name = "follow_up_by")
    private String followUpBy;

    /** 提级办理: the city office handles the case; the district's office still follows it. */
    @Column(name = "city_handles", nullable = false)
    private boolean cityHandles;

    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** 督办: set when the time limit passed without an answer; stays as a mark on the case. */
    @Column(nullable = false)
    private boolean supervised;

    /** The due date the 80 % warning was given for (an extension or a reopening can warn again). */
    @Column(name = "sla_warned_for")
    private LocalDate slaWarnedFor;

    /** The due date the case was announced overdue for. */
    @Column(name = "overdue_for")
    private LocalDate overdueFor;

    /** The original this case was merged into, if it is a duplicate. */
    @Column(name = "duplicate_of")
    private String duplicateOf;

    /** The duplicates merged into this case. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> duplicates = new ArrayList<>();

    /** The reform measures the case concerns, as {@code programme/code} (tagged by staff or the lead unit). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> measures = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "appeal_step", joinColumns = @JoinColumn(name = "appeal_id"))
    @OrderColumn(name = "seq")
    private List<AppealStep> history = new ArrayList<>();

    @Version
    private long version;

    protected Appeal() {
        // JPA
    }

    /** A filed appeal with its case number and due date (the time limit in working days, filing day not counted). */
    /**
     * The case number the repository's numbering statement gave the stored row (the row is written first under a
     * provisional number, so the month's counter stays locked only for that statement and the commit).
     */
    public void numbered(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public static Appeal filed(String caseNumber, Filing filing, int timeLimitDays, LocalDate dueDate, AppealActor by,
                               Instant now) {
        Appeal appeal = new Appeal();
        appeal.id = UUID.randomUUID();
        appeal.caseNumber = caseNumber;
        appeal.uscc = filing.uscc();
        appeal.enterpriseName = filing.enterpriseName();
        appeal.contactPerson = filing.contactPerson();
        appeal.phone = filing.phone();
        appeal.email = filing.email();
        appeal.category = filing.category();
        appeal.urgent = filing.urgent();
        appeal.title = filing.title();
        appeal.description = filing.description();
        appeal.district = filing.district();
        appeal.channel = filing.channel();
        appeal.filedBy = by.name();
        appeal.status = AppealStatus.SUBMITTED;
        appeal.cooperatingUnits = List.of();
        appeal.timeLimitDays = timeLimitDays;
        appeal.filedAt = now;
        appeal.dueDate = dueDate;
        appeal.updatedAt = now;
        appeal.history.add(new AppealStep(AppealStep.Action.FILED, AppealStatus.SUBMITTED, by, now, filing.channel().name()));
        return appeal;
    }

    public Optional<AppealRejection> accept(AppealActor staff, Instant now) {
        Optional<AppealRejection> refused = staffStep(staff, "accept", now, AppealStatus.ACCEPTED,
                AppealStep.Action.ACCEPTED, null, AppealStatus.SUBMITTED);
        if (refused.isEmpty()) {
            acceptedAt = now;
        }
        return refused;
    }

    public Optional<AppealRejection> reject(AppealActor staff, String reason, Instant now) {
        Optional<AppealRejection> refused = staffStep(staff, "reject", now, AppealStatus.REJECTED, AppealStep.Action.REJECTED,
                reason, AppealStatus.SUBMITTED);
        if (refused.isEmpty()) {
            closedAt = now;
        }
        return refused;
    }

    /** 交办: the first unit named leads (首接负责); the others cooperate. */
    public Optional<AppealRejection> assign(AppealActor staff, String lead, List<String> cooperating, Instant now) {
        Optional<AppealRejection> refused = staffStep(staff, "assign", now, AppealStatus.ASSIGNED, AppealStep.Action.ASSIGNED,
                lead + (cooperating.isEmpty() ? "" : " + " + String.join(",", cooperating)),
                AppealStatus.ACCEPTED, AppealStatus.SENT_BACK);
        if (refused.isEmpty()) {
            leadUnit = lead;
            cooperatingUnits = cooperating.stream().filter(u -> !u.equals(lead)).distinct().toList();
            assignedAt = now;
        }
        return refused;
    }

    /** The lead unit sends the case back (not its remit, wrong unit) for the supervision office to reassign. */
    public Optional<AppealRejection> sendBack(AppealActor unit, String reason, Instant now) {
        Optional<AppealRejection> refused = leadUnitOnly(unit).or(() -> statusIn("send-back", AppealStatus.ASSIGNED));
        if (refused.isPresent()) {
            return refused;
        }
        step(AppealStatus.SENT_BACK, AppealStep.Action.SENT_BACK, unit, now, reason);
        leadUnit = null;
        cooperatingUnits = List.of();
        return Optional.empty();
    }

    /** 答复 by the lead unit; on time when given by the end of the due day (city time). */
    public Optional<AppealRejection> answer(AppealActor unit, Outcome outcome, String text, LocalDate committed, Instant now) {
        Optional<AppealRejection> refused = leadUnitOnly(unit)
                .or(() -> statusIn("answer", AppealStatus.ASSIGNED, AppealStatus.REOPENED));
        if (refused.isPresent()) {
            return refused;
        }
        if (outcome == Outcome.CANNOT_RESOLVE_NOW && committed == null) {
            return Optional.of(new AppealRejection.CommittedDateRequired());
        }
        this.outcome = outcome;
        this.answer = text;
        this.committedDate = outcome == Outcome.CANNOT_RESOLVE_NOW ? committed : null;
        this.answeredAt = now;
        this.answeredOnTime = !CityTime.dateOf(now).isAfter(dueDate);
        step(AppealStatus.ANSWERED, AppealStep.Action.ANSWERED, unit, now, outcome.name());
        return Optional.empty();
    }

    /**
     * The enterprise rates the answer: satisfied closes the case; 不满意 / 非常不满意 reopens it for
     * rectification, due {@code rectificationDue} (15 working days later).
     */
    public Optional<AppealRejection> rate(AppealActor enterprise, Rating rating, String comment, LocalDate rectificationDue,
                                          Instant now) {
        if (enterprise.uscc() == null || !enterprise.uscc().equals(uscc)) {
            return Optional.of(new AppealRejection.NotAllowed(text("appeal.only-filer-rates")));
        }
        // the enterprise's own word stands over the office's follow-up on the same answer
        boolean overFollowUp = status == AppealStatus.CLOSED && answerRated() && ratingSource == RatingSource.FOLLOW_UP;
        Optional<AppealRejection> refused = overFollowUp ? Optional.empty() : statusIn("rate", AppealStatus.ANSWERED);
        if (refused.isPresent()) {
            return refused;
        }
        record(rating, comment, RatingSource.ENTERPRISE, null, null, enterprise, now, rating.label());
        settle(rating, enterprise, rectificationDue, now);
        return Optional.empty();
    }

    /**
     * 回访: the office calls the enterprise about the answer and records its rating, with the same consequences as the
     * enterprise's own (satisfied closes, dissatisfied reopens). An answer the enterprise rated itself keeps that
     * rating; an answer closed unrated can still be followed up.
     */
    public Optional<AppealRejection> followUpRating(AppealActor staff, Rating rating, FollowUpChannel channel, String comment,
                                                    String calledBy, LocalDate rectificationDue, Instant now) {
        Optional<AppealRejection> refused = officeInCharge(staff, "appeal.only-office-follows-up");
        if (refused.isPresent()) {
            return refused;
        }
        if (answerRated()) {
            return Optional.of(new AppealRejection.AlreadyRated(caseNumber, ratingSource));
        }
        boolean closedUnrated = status == AppealStatus.CLOSED && answeredAt != null;
        if (status != AppealStatus.ANSWERED && !closedUnrated) {
            return Optional.of(new AppealRejection.WrongStatus(status, "follow-up-rating"));
        }
        record(rating, comment, RatingSource.FOLLOW_UP, channel, calledBy, staff, now,
                channel.label() + "（" + calledBy + "）：" + rating.label());
        settle(rating, staff, rectificationDue, now);
        return Optional.empty();
    }

    /** Whether the current answer has a rating (a reopened case's new answer is rated afresh). */
    private boolean answerRated() {
        return ratedAt != null && answeredAt != null && !ratedAt.isBefore(answeredAt);
    }

    private void record(Rating rating, String comment, RatingSource source, FollowUpChannel channel, String calledBy,
                        AppealActor by, Instant now, String note) {
        this.rating = rating;
        this.ratingComment = comment;
        this.ratedAt = now;
        this.ratingSource = source;
        this.followUpChannel = channel;
        this.followUpBy = calledBy;
        step(status, AppealStep.Action.RATED, by, now, note);
    }

    /** Satisfied closes the case (if it is not closed already); dissatisfied reopens it for rectification. */
    private void settle(Rating rating, AppealActor by, LocalDate rectificationDue, Instant now) {
        if (rating.reopens()) {
            reopenCount++;
            dueDate = rectificationDue;
            closedAt = null;
            step(AppealStatus.REOPENED, AppealStep.Action.REOPENED, by, now, "整改时限 " + rectificationDue);
        } else if (status != AppealStatus.CLOSED) {
            closedAt = now;
            step(AppealStatus.CLOSED, AppealStep.Action.CLOSED, by, now, null);
        }
    }

    /** The city office hands the case to a district's office (交县区办理), correcting its district if need be. */
    public Optional<AppealRejection> handToDistrict(AppealActor staff, String districtCode, String districtName, String reason,
                                                    Instant now) {
        Optional<AppealRejection> refused = levelChange(staff, "hand-to-district");
        if (refused.isPresent()) {
            return refused;
        }
        district = districtCode;
        cityHandles = false;
        step(status, AppealStep.Action.LEVEL_CHANGED, staff, now,
                text("district.handed", districtName) + (reason == null ? "" : "：" + reason));
        return Optional.empty();
    }

    /** 提级办理: the city office takes the case up; the district's office follows it but no longer handles it. */
    public Optional<AppealRejection> takeUp(AppealActor staff, String reason, Instant now) {
        Optional<AppealRejection> refused = levelChange(staff, "take-up");
        if (refused.isPresent()) {
            return refused;
        }
        cityHandles = true;
        step(status, AppealStep.Action.LEVEL_CHANGED, staff, now,
                text("district.taken-up-note") + (reason == null ? "" : "：" + reason));
        return Optional.empty();
    }

    private Optional<AppealRejection> levelChange(AppealActor staff, String what) {
        if (!staff.cityOffice()) {
            return Optional.of(new AppealRejection.NotAllowed(text("district.city-only")));
        }
        return status.open() ? Optional.empty() : Optional.of(new AppealRejection.WrongStatus(status, what));
    }

    /**
     * The office that may run the case: the city's always; a district's for its own district's cases that the city
     * has not taken up.
     */
    private Optional<AppealRejection> officeInCharge(AppealActor staff, String notStaffKey) {
        if (!staff.staff()) {
            return Optional.of(new AppealRejection.NotAllowed(text(notStaffKey)));
        }
        if (staff.districtOffice() && !staff.office().equals(district)) {
            return Optional.of(new AppealRejection.NotAllowed(text("district.outside")));
        }
        if (staff.districtOffice() && cityHandles) {
            return Optional.of(new AppealRejection.NotAllowed(text("district.taken-up", caseNumber)));
        }
        return Optional.empty();
    }

    /** Supervisors extend a time limit, with the reason kept in the history. */
    public Optional<AppealRejection> extend(AppealActor staff, LocalDate newDue, String reason, Instant now) {
        Optional<AppealRejection> notOffice = officeInCharge(staff, "appeal.only-office-extends");
        if (notOffice.isPresent()) {
            return notOffice;
        }
        if (!status.open() || status == AppealStatus.ANSWERED) {
            return Optional.of(new AppealRejection.WrongStatus(status, "extend"));
        }
        if (!newDue.isAfter(dueDate)) {
            return Optional.of(new AppealRejection.NotAllowed(text("appeal.extension-later", dueDate)));
        }
        String note = dueDate + " → " + newDue + "：" + reason;
        dueDate = newDue;
        step(status, AppealStep.Action.EXTENDED, staff, now, note);
        return Optional.empty();
    }

    /**
     * Staff merge this case, as a duplicate, into an original that is still open: it stops running its own time
     * limit and follows the original's answer. Both sides keep the link.
     */
    public Optional<AppealRejection> mergeInto(Appeal original, AppealActor staff, Instant now) {
        Optional<AppealRejection> notOffice = officeInCharge(staff, "appeal.only-office-merges")
                .or(() -> original.officeInCharge(staff, "appeal.only-office-merges"));
        if (notOffice.isPresent()) {
            return notOffice;
        }
        if (original.id.equals(id) || original.duplicateOf != null) {
            return Optional.of(new AppealRejection.NotAllowed(text("appeal.merge-into-original")));
        }
        if (!awaitsAnswer() || !duplicates.isEmpty()) {
            return Optional.of(new AppealRejection.WrongStatus(status, "merge"));
        }
        if (!original.status.open()) {
            return Optional.of(new AppealRejection.WrongStatus(original.status, "merge-into"));
        }
        duplicateOf = original.caseNumber;
        step(AppealStatus.MERGED, AppealStep.Action.MERGED, staff, now, "并入 " + original.caseNumber);
        List<String> merged = new ArrayList<>(original.duplicates);
        merged.add(caseNumber);
        original.duplicates = merged;
        original.updatedAt = now;
        return Optional.empty();
    }

    /** A merged duplicate takes the original's answer; its own enterprise rates it. */
    public void followAnswer(Appeal original, AppealActor unit, Instant now) {
        if (status != AppealStatus.MERGED) {
            return;
        }
        leadUnit = original.leadUnit;
        outcome = original.outcome;
        answer = original.answer;
        committedDate = original.committedDate;
        answeredAt = now;
        answeredOnTime = original.answeredOnTime;
        step(AppealStatus.ANSWERED, AppealStep.Action.ANSWERED, unit, now, outcome.name() + "（随 " + original.caseNumber + " 答复）");
    }

    /** The share of the time limit after which the handling unit is warned. */
    public static final double WARNING_SHARE = 0.8;

    /**
     * The SLA watch on a day: overdue (and 督办) once the due date passed without an answer, else a warning once
     * 80 % of the time limit is used, each once per due date.
     * @param remainingWorkingDays working days after {@code today} up to the due date
     */
    public Optional<AppealStep.Action> watch(LocalDate today, int remainingWorkingDays, AppealActor system, Instant now) {
        if (!awaitsAnswer()) {
            return Optional.empty();
        }
        if (today.isAfter(dueDate)) {
            if (dueDate.equals(overdueFor)) {
                return Optional.empty();
            }
            overdueFor = dueDate;
            supervised = true;
            step(status, AppealStep.Action.OVERDUE, system, now, "超过办理时限 " + dueDate + "，督办");
            return Optional.of(AppealStep.Action.OVERDUE);
        }
        int limit = reopenCount > 0 ? RECTIFICATION_DAYS : timeLimitDays;
        if (remainingWorkingDays <= limit * (1 - WARNING_SHARE) && !dueDate.equals(slaWarnedFor)) {
            slaWarnedFor = dueDate;
            step(status, AppealStep.Action.SLA_WARNING, system, now, "办理时限将至：" + dueDate);
            return Optional.of(AppealStep.Action.SLA_WARNING);
        }
        return Optional.empty();
    }

    /** Filed, accepted, assigned, sent back or reopened: a time limit runs. */
    public boolean awaitsAnswer() {
        return status == AppealStatus.SUBMITTED || status == AppealStatus.ACCEPTED || status == AppealStatus.ASSIGNED
                || status == AppealStatus.SENT_BACK || status == AppealStatus.REOPENED;
    }

    /** An answer left unrated this long closes as unrated (counted as unrated, not as satisfied). */
    public boolean closeUnrated(AppealActor system, Instant now) {
        if (status != AppealStatus.ANSWERED) {
            return false;
        }
        closedAt = now;
        step(AppealStatus.CLOSED, AppealStep.Action.CLOSED, system, now, "未评价，自动办结");
        return true;
    }

    /**
     * 每月面对面: solved on the spot. The leaders present answer for the unit (which leads from now on if the case
     * had none), so the case is answered as resolved, whatever step it had reached.
     */
    public Optional<AppealRejection> solveAtSession(AppealActor staff, String unit, String text, String session, Instant now) {
        Optional<AppealRejection> refused = atSession(staff, unit);
        if (refused.isPresent()) {
            return refused;
        }
        takeOverAtSession(unit, now);
        this.outcome = Outcome.RESOLVED;
        this.answer = text;
        this.committedDate = null;
        this.answeredAt = now;
        this.answeredOnTime = !CityTime.dateOf(now).isAfter(dueDate);
        step(AppealStatus.ANSWERED, AppealStep.Action.ANSWERED, staff, now, "每月面对面现场解决（" + session + "）");
        return Optional.empty();
    }

    /** 每月面对面: not solvable on the spot, so the session sets the time limit (earlier or later than before). */
    public Optional<AppealRejection> setTimeLimitAtSession(AppealActor staff, String unit, LocalDate due, String session,
                                                           Instant now) {
        Optional<AppealRejection> refused = atSession(staff, unit);
        if (refused.isPresent()) {
            return refused;
        }
        if (due.isBefore(CityTime.dateOf(now))) {
            return Optional.of(new AppealRejection.NotAllowed(text("appeal.session-limit-not-past")));
        }
        takeOverAtSession(unit, now);
        String note = dueDate + " → " + due + "（" + session + "）";
        dueDate = due;
        step(status == AppealStatus.REOPENED ? status : AppealStatus.ASSIGNED, AppealStep.Action.TIME_LIMIT_SET, staff, now, note);
        return Optional.empty();
    }

    /**
     * 每月面对面: the matter needs a higher level (提请上级协调). The city office takes the case up and supervises it
     * (督办); the time limit runs on.
     */
    public Optional<AppealRejection> escalateAtSession(AppealActor staff, String matter, String session, Instant now) {
        Optional<AppealRejection> notOffice = officeInCharge(staff, "appeal.only-office-records-outcomes");
        if (notOffice.isPresent()) {
            return notOffice;
        }
        if (!awaitsAnswer()) {
            return Optional.of(new AppealRejection.WrongStatus(status, "decide-at-session"));
        }
        cityHandles = true;
        supervised = true;
        step(status, AppealStep.Action.LEVEL_CHANGED, staff, now, "提请上级协调（" + session + "）：" + matter);
        return Optional.empty();
    }

    private Optional<AppealRejection> atSession(AppealActor staff, String unit) {
        Optional<AppealRejection> notOffice = officeInCharge(staff, "appeal.only-office-records-outcomes");
        if (notOffice.isPresent()) {
            return notOffice;
        }
        if (!awaitsAnswer()) {
            return Optional.of(new AppealRejection.WrongStatus(status, "decide-at-session"));
        }
        if (leadUnit == null && unit == null) {
            return Optional.of(new AppealRejection.NotAllowed(text("appeal.no-handling-unit")));
        }
        return Optional.empty();
    }

    private void takeOverAtSession(String unit, Instant now) {
        if (acceptedAt == null) {
            acceptedAt = now;
        }
        if (leadUnit == null) {
            leadUnit = unit;
            cooperatingUnits = List.of();
            assignedAt = now;
        }
    }

    /** Staff or the lead unit name the reform measures the case concerns (replacing the earlier tags). */
    public Optional<AppealRejection> tag(AppealActor actor, List<String> measureRefs, Instant now) {
        if (!actor.staff() && (actor.dept() == null || !actor.dept().equals(leadUnit))) {
            return Optional.of(new AppealRejection.NotAllowed(text("appeal.only-office-or-lead-tags")));
        }
        Optional<AppealRejection> notOffice = actor.staff() ? officeInCharge(actor, "appeal.only-office-or-lead-tags")
                : Optional.empty();
        if (notOffice.isPresent()) {
            return notOffice;
        }
        if (status == AppealStatus.REJECTED || status == AppealStatus.MERGED) {
            return Optional.of(new AppealRejection.WrongStatus(status, "tag"));
        }
        measures = measureRefs.stream().distinct().sorted().toList();
        step(status, AppealStep.Action.TAGGED, actor, now, String.join(",", measures));
        return Optional.empty();
    }

    /** Files are added by the enterprise, its handling units or staff while the case is open. */
    public Optional<AppealRejection> mayAttach(AppealActor actor) {
        if (!status.open()) {
            return Optional.of(new AppealRejection.WrongStatus(status, "add-files"));
        }
        return readableBy(actor) ? Optional.empty()
                : Optional.of(new AppealRejection.NotAllowed(text("appeal.who-adds-files")));
    }

    /** Who may read the case: the enterprise that filed it, its handling units, the city office, its district's office. */
    public boolean readableBy(AppealActor actor) {
        if (actor.districtOffice()) {
            return actor.office().equals(district);
        }
        return actor.staff() || uscc.equals(actor.uscc()) || handledBy(actor.dept());
    }

    public boolean handledBy(String dept) {
        return dept != null && (dept.equals(leadUnit) || cooperatingUnits.contains(dept));
    }

    private Optional<AppealRejection> staffStep(AppealActor staff, String what, Instant now, AppealStatus to,
                                                AppealStep.Action action, String note, AppealStatus... from) {
        Optional<AppealRejection> refused = officeInCharge(staff, "appeal.only-office").or(() -> statusIn(what, from));
        if (refused.isEmpty()) {
            step(to, action, staff, now, note);
        }
        return refused;
    }

    private Optional<AppealRejection> leadUnitOnly(AppealActor unit) {
        return unit.dept() != null && unit.dept().equals(leadUnit) ? Optional.empty()
                : Optional.of(new AppealRejection.NotAllowed(text("appeal.only-lead-unit", leadUnit)));
    }

    private Optional<AppealRejection> statusIn(String what, AppealStatus... allowed) {
        for (AppealStatus s : allowed) {
            if (status == s) {
                return Optional.empty();
            }
        }
        return Optional.of(new AppealRejection.WrongStatus(status, what));
    }

    private void step(AppealStatus to, AppealStep.Action action, AppealActor actor, Instant now, String note) {
        status = to;
        updatedAt = now;
        history.add(new AppealStep(action, to, actor, now, note));
    }

    public UUID id() { return id; }
    public String caseNumber() { return caseNumber; }
    public String uscc() { return uscc; }
    public String enterpriseName() { return enterpriseName; }
    public String contactPerson() { return contactPerson; }
    public String phone() { return phone; }
    public String email() { return email; }
    public String category() { return category; }
    public boolean urgent() { return urgent; }
    public String title() { return title; }
    public String description() { return description; }
    public String district() { return district; }
    public Channel channel() { return channel; }
    public String filedBy() { return filedBy; }
    public AppealStatus status() { return status; }
    public String leadUnit() { return leadUnit; }
    public List<String> cooperatingUnits() { return cooperatingUnits; }
    public int timeLimitDays() { return timeLimitDays; }
    public Instant filedAt() { return filedAt; }
    public LocalDate dueDate() { return dueDate; }
    public Instant acceptedAt() { return acceptedAt; }
    public Instant assignedAt() { return assignedAt; }
    public Outcome outcome() { return outcome; }
    public String answer() { return answer; }
    public LocalDate committedDate() { return committedDate; }
    public Instant answeredAt() { return answeredAt; }
    public Boolean answeredOnTime() { return answeredOnTime; }
    public Rating rating() { return rating; }
    public String ratingComment() { return ratingComment; }
    public Instant ratedAt() { return ratedAt; }
    public RatingSource ratingSource() { return ratingSource; }
    public FollowUpChannel followUpChannel() { return followUpChannel; }
    public String followUpBy() { return followUpBy; }
    public boolean cityHandles() { return cityHandles; }
    public int reopenCount() { return reopenCount; }
    public Instant closedAt() { return closedAt; }
    public boolean supervised() { return supervised; }
    public String duplicateOf() { return duplicateOf; }
    public List<String> duplicates() { return List.copyOf(duplicates); }
    public Instant updatedAt() { return updatedAt; }
    public List<AppealStep> history() { return List.copyOf(history); }
    public List<String> measures() { return List.copyOf(measures); }
    public long version() { return version; }
}
