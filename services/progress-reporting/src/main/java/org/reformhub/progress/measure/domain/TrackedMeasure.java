package org.reformhub.progress.measure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A measure this service tracks progress on: as the registry last announced it, and its official status
 * (from approved consolidated reports). Applying an announcement is idempotent and order-proof: one that is
 * not newer than what is held changes nothing, so redelivered, replayed or late events are harmless.
 */
public class TrackedMeasure {

    /** Programme and code: a measure's identity everywhere. */
    public static class Key implements java.io.Serializable {
        private String programme;
        private String code;

        protected Key() {
            // JPA (mapped in META-INF/orm.xml)
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

    private String programme;
    private String code;
    private String list;
    private String area;
    private String title;
    private String practice;
    private List<RegisteredMeasure.Unit> leadUnits;
    private List<RegisteredMeasure.Unit> cooperatingUnits;
    private List<String> workItems;
    private String deadlineKind;
    private LocalDate deadlineDate;
    private String deadlineText;
    private List<KpiDefinition> kpis;
    private String statedStatus;
    private String remark;
    private boolean archived;
    private long registryVersion;
    private Instant registeredAt;
    private Instant updatedAt;
    private MeasureStatus officialStatus;
    private String statusPeriod;
    private LocalDate statusPeriodDue;
    private String statusNarrative;
    private List<KpiValue> statusKpis;
    private UUID statusReportId;
    private Instant statusApprovedAt;

    /** The day the daily scan announced this measure overdue (once per measure and deadline). */
    private LocalDate overdueAnnouncedFor;

    protected TrackedMeasure() {
        // JPA (mapped in META-INF/orm.xml)
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
