package org.reformhub.warehouse.load.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.reformhub.kernel.event.appeals.PublishedAppeal;

/**
 * A row of the star schema, read from one event. Dimension and snapshot rows (a measure, a case) are keyed by the
 * platform's identifier and carry what makes one newer than another, so the loader can keep the newest whatever order
 * partitions arrive in; event facts are keyed by the event id, so a redelivered event adds nothing.
 */
public sealed interface StarRow {

    /** Rows with equal keys are one row of the same table. */
    Object key();

    /** Whether this row replaces {@code older} (a row of the same key); the database applies the same rule. */
    boolean supersedes(StarRow older);

    /** An event fact: one row per event id, the first one stays (a redelivered event adds nothing). */
    sealed interface EventFact extends StarRow {
        String eventId();

        @Override
        default Object key() {
            return eventId();
        }

        @Override
        default boolean supersedes(StarRow older) {
            return false;
        }
    }

    // ---- dimensions -----------------------------------------------------------------------------------------------

    record Programme(String code, String title, String issuingBody, String documentNumber, LocalDate issuedOn,
                     String status, Instant createdAt, long version) implements StarRow {
        public Object key() {
            return code;
        }

        public boolean supersedes(StarRow older) {
            return version > ((Programme) older).version;
        }
    }

    /**
     * A department: announced by the registry (wins, newest version first), or named by a measure (the latest name
     * read wins, ties by name), or only mentioned by code (a report's, an appeal's or a notice's unit).
     */
    record Department(String code, String name, String kind, String mergedInto, Boolean needsReview, boolean announced,
                      Instant asOf, long version) implements StarRow {

        public static Department announced(String code, String name, String kind, String mergedInto, boolean needsReview,
                                           Instant asOf, long version) {
            return new Department(code, name, kind, mergedInto, needsReview, true, asOf, version);
        }

        public static Department named(String code, String name, Instant asOf) {
            return new Department(code, name, null, null, null, false, asOf, 0);
        }

        public static Department mentioned(String code, Instant asOf) {
            return new Department(code, null, null, null, null, false, asOf, 0);
        }

        public Object key() {
            return code;
        }

        public boolean supersedes(StarRow other) {
            Department older = (Department) other;
            if (announced != older.announced) {
                return announced;
            }
            if (announced) {
                return version > older.version;
            }
            return NAMED_ORDER.compare(this, older) > 0;
        }

        private static final Comparator<Department> NAMED_ORDER = Comparator
                .comparing((Department d) -> d.name != null)
                .thenComparing(Department::asOf)
                .thenComparing(Department::name, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    record Measure(String key, String programme, String code, String list, String domain, String title,
                   List<String> leadUnits, List<String> cooperatingUnits, String deadlineKind, LocalDate deadline,
                   String statedStatus, boolean archived, Instant createdAt, long version) implements StarRow {
        public boolean supersedes(StarRow older) {
            return version > ((Measure) older).version;
        }
    }

    /** An appeal category; its name as the newest event gave it (ties by name). */
    record Category(String code, String name, Instant asOf) implements StarRow {
        public Object key() {
            return code;
        }

        public boolean supersedes(StarRow other) {
            Category older = (Category) other;
            return Comparator.comparing((Category c) -> c.name != null).thenComparing(Category::asOf)
                    .thenComparing(Category::name, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .compare(this, older) > 0;
        }
    }

    /** A year's holiday notice: the days off (with their holiday) and the weekend days worked (调休). */
    record CalendarYear(int year, Instant setAt, List<CalendarDay> days) implements StarRow {
        public Object key() {
            return year;
        }

        public boolean supersedes(StarRow older) {
            return setAt.isAfter(((CalendarYear) older).setAt);
        }
    }

    record CalendarDay(LocalDate day, boolean off, String holiday) {
    }

    // ---- snapshot facts (one row per aggregate, its latest state) --------------------------------------------------

    record Report(UUID id, String measureKey, String programme, String dept, String kind, String source, String period,
                  LocalDate dueDate, String status, String claimedStatus, Boolean onTime, int timesReturned,
                  Instant createdAt, Instant firstSubmittedAt, Instant submittedAt, Instant reviewedAt, String reviewedBy,
                  long version) implements StarRow {
        public Object key() {
            return id;
        }

        public boolean supersedes(StarRow older) {
            return version > ((Report) older).version;
        }
    }

    /** A case as it stands: who handles it by when and the answer are the published case's own parts. */
    record Appeal(String caseNumber, UUID id, String category, String district, String channel, boolean urgent,
                  boolean supervised, String status, PublishedAppeal.Handling handling, PublishedAppeal.Answer answer,
                  String rating, Instant ratedAt, Instant closedAt, int reopenCount, String duplicateOf,
                  List<String> measures, long version) implements StarRow {
        public Object key() {
            return caseNumber;
        }

        public boolean supersedes(StarRow older) {
            return version > ((Appeal) older).version;
        }
    }

    /** A 督办单; its latest state is the one with the latest step (notices carry no version). */
    record SupervisionNotice(UUID id, String number, String subjectKind, String subjectRef, String dept, String status,
                             LocalDate replyDue, Instant issuedAt, Instant acknowledgedAt, Instant repliedAt,
                             Instant escalatedAt, boolean repliedOnTime) implements StarRow {
        public Object key() {
            return id;
        }

        public Instant asOf() {
            return java.util.stream.Stream.of(issuedAt, acknowledgedAt, repliedAt, escalatedAt).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(issuedAt);
        }

        public boolean supersedes(StarRow other) {
            SupervisionNotice older = (SupervisionNotice) other;
            int byTime = asOf().compareTo(older.asOf());
            return byTime > 0 || byTime == 0 && status.compareTo(older.status) > 0;
        }
    }

    // ---- event facts (one row per event) ---------------------------------------------------------------------------

    record StatusChange(String eventId, String measureKey, String programme, String previousStatus, String status,
                        String period, UUID reportId, Instant approvedAt) implements EventFact {
    }

    record KpiValue(String eventId, String measureKey, UUID reportId, String period, String name, String unit,
                    BigDecimal baseline, BigDecimal target, BigDecimal value, BigDecimal previousValue,
                    Instant recordedAt) implements EventFact {
    }

    record MissingReport(String eventId, String measureKey, String dept, String period, LocalDate dueDate, int daysLate,
                         LocalDate detectedOn) implements EventFact {
    }

    record Rating(String eventId, String caseNumber, String leadUnit, String category, String rating, int score,
                  boolean satisfied, Instant ratedAt, Instant filedAt) implements EventFact {
    }

    record Delivery(String eventId, UUID deliveryId, String outcome, String channel, String recipient, String rule,
                    String category, String severity, String sourceEventType, int attempts, Boolean permanent,
                    Instant happenedAt) implements EventFact {
    }
}
