package org.reformhub.appeals.appeal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * 企业诉求: one enterprise's difficulty, from filing to the enterprise's rating. The case keeps its state and its
 * history ({@link #history()}); each stage of its life has the rules of its own, reached from the case:
 * {@link #routing()} (受理, 交办, 退回, 交县区, 提级), {@link #answering()} (答复), {@link #evaluation()} (评价, 回访),
 * {@link #timeLimit()} (时限, 督办, 延期), {@link #merging()} (合并重复诉求), {@link #atSession()} (每月面对面), and who may do what, {@link #access()}.
 * Transitions return a rejection instead of throwing. Fields are package-private for those stages only.
 */
public class Appeal {

    /** What an enterprise files. */
    public record Filing(String uscc, String enterpriseName, String contactPerson, String phone, String email,
                         String category, boolean urgent, String title, String description, String district,
                         Channel channel) {
    }

    UUID id;

    /** Written by the numbering statement, never by an entity update (see {@link #numbered}). */
    String caseNumber;
    String uscc;
    String enterpriseName;
    String contactPerson;
    String phone;
    String email;
    String category;
    boolean urgent;
    String title;
    String description;
    String district;
    Channel channel;
    String filedBy;
    AppealStatus status;
    String leadUnit;
    List<String> cooperatingUnits;
    int timeLimitDays;
    Instant filedAt;
    LocalDate dueDate;
    Instant acceptedAt;
    Instant assignedAt;
    Outcome outcome;
    String answer;
    LocalDate committedDate;
    Instant answeredAt;
    Boolean answeredOnTime;
    Rating rating;
    String ratingComment;
    Instant ratedAt;

    /** How the rating was obtained: the enterprise's own, or the office's follow-up (回访). */
    RatingSource ratingSource;
    FollowUpChannel followUpChannel;

    /** Who made the follow-up call (as the office records it). */
    String followUpBy;

    /** 提级办理: the city office handles the case; the district's office still follows it. */
    boolean cityHandles;
    int reopenCount;
    Instant closedAt;

    /** 督办: set when the time limit passed without an answer; stays as a mark on the case. */
    boolean supervised;

    /** The due date the 80 % warning was given for (an extension or a reopening can warn again). */
    LocalDate slaWarnedFor;

    /** The due date the case was announced overdue for. */
    LocalDate overdueFor;

    /** The original this case was merged into, if it is a duplicate. */
    String duplicateOf;

    /** The duplicates merged into this case. */
    List<String> duplicates = new ArrayList<>();

    /** The reform measures the case concerns, as {@code programme/code} (tagged by staff or the lead unit). */
    List<String> measures = new ArrayList<>();
    Instant updatedAt;
    List<AppealStep> history = new ArrayList<>();
    long version;

    protected Appeal() {
        // JPA (mapped in META-INF/orm.xml)
    }

    /** A filed appeal with its case number and due date (the time limit in working days, filing day not counted). */
    public static Appeal filed(String caseNumber, Filing filing, int timeLimitDays, LocalDate dueDate,
                               AppealActor by, Instant now) {
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

    /**
     * The case number the repository's numbering statement gave the stored row (the row is written first under a
     * provisional number, so the month's counter stays locked only for that statement and the commit).
     */
    public void numbered(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public Routing routing() { return new Routing(this); }
    public Answering answering() { return new Answering(this); }
    public Evaluation evaluation() { return new Evaluation(this); }
    public TimeLimit timeLimit() { return new TimeLimit(this); }
    public Merging merging() { return new Merging(this); }
    public SessionDecisions atSession() { return new SessionDecisions(this); }
    public Access access() { return new Access(this); }

    /** Filed, accepted, assigned, sent back or reopened: a time limit runs. */
    public boolean awaitsAnswer() {
        return status == AppealStatus.SUBMITTED || status == AppealStatus.ACCEPTED || status == AppealStatus.ASSIGNED
                || status == AppealStatus.SENT_BACK || status == AppealStatus.REOPENED;
    }

    /** Staff or the lead unit name the reform measures the case concerns (replacing the earlier tags). */
    public Optional<AppealRejection> tag(AppealActor actor, List<String> measureRefs, Instant now) {
        if (!actor.staff() && (actor.dept() == null || !actor.dept().equals(leadUnit))) {
            return Optional.of(new AppealRejection.NotAllowed(text("appeal.only-office-or-lead-tags")));
        }
        Optional<AppealRejection> notOffice = actor.staff() ? access().officeInCharge(actor, "appeal.only-office-or-lead-tags")
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

    Optional<AppealRejection> statusIn(String what, AppealStatus... allowed) {
        for (AppealStatus s : allowed) {
            if (status == s) {
                return Optional.empty();
            }
        }
        return Optional.of(new AppealRejection.WrongStatus(status, what));
    }

    /** Every change of the case is a step of its history. */
    void step(AppealStatus to, AppealStep.Action action, AppealActor actor, Instant now, String note) {
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
