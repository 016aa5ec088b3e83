package org.reformhub.notifications.supervision.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * 督办单: a supervisor's formal notice to a unit about a measure or an appeal, with a reason and a date by which the
 * unit must reply. The unit acknowledges (签收) and replies; a notice still unanswered after its date is escalated
 * (to the unit's head contact). Kept for good: it counts in the unit's scorecard.
 */
public class SupervisionNotice {

    public enum SubjectKind { MEASURE, APPEAL }

    private UUID id;
    private String number;
    private SubjectKind subjectKind;
    private String subjectRef;
    private String dept;
    private String reason;
    private LocalDate replyDue;
    private NoticeStatus status;
    private String issuedBy;
    private Instant issuedAt;
    private Instant acknowledgedAt;
    private String acknowledgedBy;
    private String reply;
    private Instant repliedAt;
    private String repliedBy;
    private Instant escalatedAt;
    private int version;

    protected SupervisionNotice() {
        // JPA (mapped in META-INF/orm.xml)
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

    public record SupervisionNoticeView(UUID id, String number, String subjectKind, String subjectRef, String dept,
                                        String reason, LocalDate replyDue, String status, String issuedBy,
                                        Instant issuedAt, @Schema(nullable = true) Instant acknowledgedAt, @Schema(nullable = true) String reply, @Schema(nullable = true) Instant repliedAt,
                                        @Schema(nullable = true) Instant escalatedAt, int version) {
    }

    public SupervisionNoticeView view() {
        return new SupervisionNoticeView(id, number, subjectKind.name(), subjectRef, dept, reason, replyDue, status.name(), issuedBy, issuedAt,
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
