package org.reformhub.registry.measure.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** 改革举措: one row of the task-division table, kept up to date. Archived instead of deleted. */
@Entity
@Table(name = "measure")
public class Measure {

    @Id
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "list", nullable = false)
    private MeasureList list;

    @Column(nullable = false)
    private String domain;

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

    public Measure(String code, MeasureContent content, Instant now) {
        this.code = code;
        this.createdAt = now;
        set(content, now);
    }

    public MeasureContent content() {
        return new MeasureContent(list, domain, title, practice, originPlaces, leadUnits, cooperatingUnits, workItems,
                deadline, deadlineText, remark, statedStatus, kpis);
    }

    /** Takes the new content; returns what changed (nothing changes when nothing differs). */
    public List<MeasureContent.FieldChange> change(MeasureContent next, Instant now) {
        List<MeasureContent.FieldChange> changes = content().changesTo(next);
        if (!changes.isEmpty()) {
            set(next, now);
        }
        return changes;
    }

    /** @return false when it was archived already */
    public boolean archive(Instant now) {
        if (archived) {
            return false;
        }
        archived = true;
        updatedAt = now;
        return true;
    }

    public boolean isArchived() {
        return archived;
    }

    public long version() {
        return version;
    }

    public String code() {
        return code;
    }

    public MeasureSnapshot snapshot() {
        return new MeasureSnapshot(code, content(), archived, createdAt, updatedAt, version);
    }

    private void set(MeasureContent content, Instant now) {
        this.list = content.list();
        this.domain = content.domain();
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
