package org.reformhub.registry.measure.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.reformhub.registry.department.domain.ResponsibleUnit;

/** 改革举措: one row of the task-division table, kept up to date. Archived instead of deleted. */
@Entity
@Table(name = "measure")
public class Measure {

    @EmbeddedId
    private MeasureId id;

    @Enumerated(EnumType.STRING)
    @Column(name = "list", nullable = false)
    private MeasureList list;

    /** 领域: the section of the table (开办企业, 办理建筑许可, …) */
    @Column(name = "domain", nullable = false)
    private String area;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String practice;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "origin_places", nullable = false)
    private List<String> originPlaces;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lead_units", nullable = false)
    private List<ResponsibleUnit> leadUnits;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cooperating_units", nullable = false)
    private List<ResponsibleUnit> cooperatingUnits;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "work_items", nullable = false)
    private List<String> workItems;

    @JdbcTypeCode(SqlTypes.JSON)
    private Deadline deadline;

    @Column(name = "deadline_text")
    private String deadlineText;

    @Column(nullable = false, columnDefinition = "text")
    private String remark;

    @Enumerated(EnumType.STRING)
    @Column(name = "stated_status", nullable = false)
    private StatedStatus statedStatus;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<Kpi> kpis;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Measure() {
        // JPA
    }

    public Measure(MeasureId id, MeasureContent content, Instant now) {
        this.id = id;
        this.createdAt = now;
        set(content, now);
    }

    public MeasureContent content() {
        return MeasureContent.builder().list(list).area(area).title(title).practice(practice).originPlaces(originPlaces)
                .leadUnits(leadUnits).cooperatingUnits(cooperatingUnits).workItems(workItems)
                .deadline(deadline, deadlineText).remark(remark).statedStatus(statedStatus).kpis(kpis).build();
    }

    /** Refuses an edit of a measure no longer in force, or one read at another version. */
    public Optional<MeasureRejection> refuseEdit(long expectedVersion) {
        if (version != expectedVersion) {
            return Optional.of(new MeasureRejection.StaleVersion(id, version, expectedVersion));
        }
        return archived ? Optional.of(new MeasureRejection.MeasureArchived(id)) : Optional.empty();
    }

    /**
     * Takes the new content; returns what changed (nothing changes when nothing differs). An archived
     * measure never changes: callers ask {@link #refuseEdit} first, imports skip archived measures.
     */
    public List<MeasureContent.FieldChange> change(MeasureContent next, Instant now) {
        if (archived) {
            throw new IllegalStateException("measure " + id + " is archived");
        }
        List<MeasureContent.FieldChange> changes = content().changesTo(next);
        if (!changes.isEmpty()) {
            set(next, now);
        }
        return changes;
    }

    /** Archives the measure (kept for history); rejected when it was archived already. */
    public Optional<MeasureRejection> archive(Instant now) {
        if (archived) {
            return Optional.of(new MeasureRejection.MeasureArchived(id));
        }
        archived = true;
        updatedAt = now;
        return Optional.empty();
    }

    public boolean isArchived() {
        return archived;
    }

    public long version() {
        return version;
    }

    public MeasureId id() {
        return id;
    }

    public MeasureSnapshot snapshot() {
        return new MeasureSnapshot(id, content(), archived, createdAt, updatedAt, version);
    }

    private void set(MeasureContent content, Instant now) {
        this.list = content.list();
        this.area = content.area();
        this.title = content.title();
        this.practice = content.practice();
        this.originPlaces = content.originPlaces();
        this.leadUnits = content.leadUnits();
        this.cooperatingUnits = content.cooperatingUnits();
        this.workItems = content.workItems();
        this.deadline = content.deadline();
        this.deadlineText = content.deadlineText();
        this.remark = content.remark();
        this.statedStatus = content.statedStatus();
        this.kpis = content.kpis();
        this.updatedAt = now;
    }
}
