package org.reformhub.notifications.supervision.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 督办单: a supervisor's formal notice to a unit about a measure or an appeal, with a reason and a date by which the
 * unit must reply. The unit acknowledges (签收) and replies; a notice still unanswered after its date is escalated
 * (to the unit's head contact). Kept for good: it counts in the unit's scorecard.
 */
@Entity
@Table(name = "supervision_notice")
public class SupervisionNotice {

    public enum SubjectKind { MEASURE, APPEAL }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false)
    private SubjectKind subjectKind;

    @Column(name = "subject_ref", nullable = false)
    private String subjectRef;

    @Column(nullable = false)
    private String dept;

    @Column(nullable = false, columnDefinition = "text")
    private String reason;

    @Column(name = "reply_due", nullable = false)
    private LocalDate replyDue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NoticeStatus status;

    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    private String acknowledgedBy;

    @Column(columnDefinition = "text")
    private String reply;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "replied_by")
    private String repliedBy;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Version
    private int version;

    protected SupervisionNotice() {
        // JPA
    }

    public static Result<SupervisionNotice> issue(UUID id, String number, SubjectKind kind, String subjectRef, String dept,
                                                  String reason, LocalDate replyDue, LocalDate today, String by, Instant now) {
        if (replyDue.isBefore(today)) {
            return Result.rejected(new SupervisionRejection.ReplyDueInPast(replyDue.toString()));
        }
        SupervisionNotice n = new SupervisionNotice();
        n.id = id;
        n.number = number;
        n.subjectKind = kind;
        n.subjectRef = subjectRef;
        n.dept = dept;
        n.reason = reason;
        n.replyDue = replyDue;
        n.status = NoticeStatus.ISSUED;
        n.issuedBy = by;
        n.issuedAt = now;
        return Result.ok(n);
    }

    /** A value or the rule that refused it. */
    public record Result<T>(Optional<T> value, Optional<SupervisionRejection> rejection) {
        static <T> Result<T> ok(T value) {
            return new Result<>(Optional.of(value), Optional.empty());
        }

        static <T> Result<T> rejected(SupervisionRejection rejection) {
            return new Result<>(Optional.empty(), Optional.of(rejection));
        }
    }

    /** 签收: once; acknowledging again changes nothing. */
    public Optional<SupervisionRejection> acknowledge(String by, Instant now) {
        if (status == NoticeStatus.REPLIED) {
            return Optional.of(new SupervisionRejection.WrongStatus(number, status, "acknowledge"));
        }
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
            acknowledgedBy = by;
            if (status == NoticeStatus.ISSUED) {
                status = NoticeStatus.ACKNOWLEDGED;
            }
        }
        return Optional.empty();
    }

    /** 回复: acknowledges too, if that was skipped; a late reply is still a reply (and counts as late). */
    public Optional<SupervisionRejection> reply(String text, String by, Instant now) {
        if (status == NoticeStatus.REPLIED) {
            return Optional.of(new SupervisionRejection.WrongStatus(number, status, "reply-again"));
        }
        if (acknowledgedAt == null) {
            acknowledgedAt = now;
            acknowledgedBy = by;
        }
        reply = text;
        repliedAt = now;
        repliedBy = by;
        status = NoticeStatus.REPLIED;
        return Optional.empty();
    }

    /** Unanswered after its reply date: escalated once. @return true when this call escalated it */
    public boolean escalateIfUnanswered(LocalDate today, Instant now) {
        if ((status == NoticeStatus.ISSUED || status == NoticeStatus.ACKNOWLEDGED) && today.isAfter(replyDue)) {
            status = NoticeStatus.ESCALATED;
            escalatedAt = now;
            return true;
        }
        return false;
    }

    /** Replied by the reply date (city time). */
    public boolean repliedOnTime(ZoneId city) {
        return repliedAt != null && !repliedAt.atZone(city).toLocalDate().isAfter(replyDue);
    }

    public record View(UUID id, String number, String subjectKind, String subjectRef, String dept, String reason,
                       LocalDate replyDue, String status, String issuedBy, Instant issuedAt, Instant acknowledgedAt,
                       String reply, Instant repliedAt, Instant escalatedAt, int version) {
    }

    public View view() {
        return new View(id, number, subjectKind.name(), subjectRef, dept, reason, replyDue, status.name(), issuedBy, issuedAt,
                acknowledgedAt, reply, repliedAt, escalatedAt, version);
    }

    public UUID id() {
        return id;
    }

    public String number() {
        return number;
    }

    public SubjectKind subjectKind() {
        return subjectKind;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public String dept() {
        return dept;
    }

    public String reason() {
        return reason;
    }

    public LocalDate replyDue() {
        return replyDue;
    }

    public NoticeStatus status() {
        return status;
    }

    public String reply() {
        return reply;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant repliedAt() {
        return repliedAt;
    }

    public boolean escalated() {
        return escalatedAt != null;
    }
}
