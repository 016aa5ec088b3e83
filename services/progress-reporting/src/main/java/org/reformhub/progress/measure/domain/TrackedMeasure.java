package org.reformhub.progress.measure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A measure this service tracks progress on: as the registry last announced it, and its official status
 * (from approved consolidated reports). Applying an announcement is idempotent and order-proof: one that is
 * not newer than what is held changes nothing, so redelivered, replayed or late events are harmless.
 */
@Entity
@Table(name = "tracked_measure")
@IdClass(TrackedMeasure.Key.class)
public class TrackedMeasure {

    /** Programme and code: a measure's identity everywhere. */
    public static class Key implements java.io.Serializable {
        private String programme;
        private String code;

        protected Key() {
            // JPA
        }

        public Key(String programme, String code) {
            this.programme = programme;
            this.code = code;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(key.programme, programme)
                    && java.util.Objects.equals(key.code, code);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(programme, code);
        }
    }

    @Id
    private String programme;

    @Id
    private String code;

    @Column(nullable = false)
    private String list;

    @Column(nullable = false)
    private String area;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String practice;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lead_units", nullable = false)
    private List<RegisteredMeasure.Unit> leadUnits;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cooperating_units", nullable = false)
    private List<RegisteredMeasure.Unit> cooperatingUnits;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "work_items", nullable = false)
    private List<String> workItems;

    @Column(name = "deadline_kind")
    private String deadlineKind;

    @Column(name = "deadline_date")
    private LocalDate deadlineDate;

    @Column(name = "deadline_text")
    private String deadlineText;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<KpiDefinition> kpis;

    @Column(name = "stated_status", nullable = false)
    private String statedStatus;

    @Column(nullable = false, columnDefinition = "text")
    private String remark;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "registry_version", nullable = false)
    private long registryVersion;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "official_status")
    private MeasureStatus officialStatus;

    @Column(name = "status_period")
    private String statusPeriod;

    @Column(name = "status_period_due")
    private LocalDate statusPeriodDue;

    @Column(name = "status_narrative", columnDefinition = "text")
    private String statusNarrative;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "status_kpis")
    private List<KpiValue> statusKpis;

    @Column(name = "status_report_id")
    private UUID statusReportId;

    @Column(name = "status_approved_at")
    private Instant statusApprovedAt;

    /** The day the daily scan announced this measure overdue (once per measure and deadline). */
    @Column(name = "overdue_announced_for")
    private LocalDate overdueAnnouncedFor;

    protected TrackedMeasure() {
        // JPA
    }

    public static TrackedMeasure of(RegisteredMeasure announced, Instant now) {
        TrackedMeasure measure = new TrackedMeasure();
        measure.programme = announced.programme();
        measure.code = announced.code();
        measure.registryVersion = -1;
        measure.apply(announced, now);
        return measure;
    }

    /** @return true when the announcement was newer and is now held; false when it changed nothing */
    public boolean apply(RegisteredMeasure announced, Instant now) {
        if (announced.version() <= registryVersion) {
            return false;
        }
        list = announced.list();
        area = announced.area();
        title = announced.title();
        practice = announced.practice();
        deadlineText = announced.deadlineText();
        kpis = announced.kpis();
        registeredAt = announced.createdAt() == null ? now : announced.createdAt();
        leadUnits = announced.leadUnits();
        cooperatingUnits = announced.cooperatingUnits();
        workItems = announced.workItems();
        deadlineKind = announced.deadlineKind();
        deadlineDate = announced.deadlineDate();
        statedStatus = announced.statedStatus();
        remark = announced.remark();
        archived = announced.archived();
        registryVersion = announced.version();
        updatedAt = now;
        return true;
    }

    /** @return false when the status is older than the one held, which stays */
    public boolean record(OfficialStatus status) {
        if (!status.supersedes(official().orElse(null))) {
            return false;
        }
        officialStatus = status.status();
        statusPeriod = status.period();
        statusPeriodDue = status.periodDue();
        statusNarrative = status.narrative();
        statusKpis = status.kpis();
        statusReportId = status.reportId();
        statusApprovedAt = status.approvedAt();
        return true;
    }

    public Optional<OfficialStatus> official() {
        return officialStatus == null ? Optional.empty() : Optional.of(new OfficialStatus(officialStatus, statusPeriod,
                statusPeriodDue, statusNarrative, statusKpis, statusReportId, statusApprovedAt));
    }

    /** Whether the overdue scan still has to announce this measure for its current deadline. */
    public boolean overdueToAnnounce() {
        return deadlineDate != null && !deadlineDate.equals(overdueAnnouncedFor);
    }

    public void overdueAnnounced() {
        overdueAnnouncedFor = deadlineDate;
    }

    public RegisteredMeasure asRegistered() {
        return new RegisteredMeasure(programme, code, list, area, title, practice, leadUnits, cooperatingUnits, workItems,
                deadlineKind, deadlineDate, deadlineText, statedStatus, remark, kpis, archived, registeredAt,
                registryVersion);
    }
}
