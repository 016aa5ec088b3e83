package org.reformhub.registry.measure.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.reformhub.registry.department.domain.ResponsibleUnit;

/** 改革举措: one row of the task-division table, kept up to date. Archived instead of deleted. */
public class Measure {

    private MeasureId id;
    private MeasureList list;

    /** 领域: the section of the table (开办企业, 办理建筑许可, …) */
    private String area;
    private String title;
    private String practice;
    private List<String> originPlaces;
    private List<ResponsibleUnit> leadUnits;
    private List<ResponsibleUnit> cooperatingUnits;
    private List<String> workItems;
    private Deadline deadline;
    private String deadlineText;
    private String remark;
    private StatedStatus statedStatus;
    private List<Kpi> kpis;
    private boolean archived;
    private Instant createdAt;
    private Instant updatedAt;
    private long version;

    protected Measure() {
        // JPA (mapped in META-INF/orm.xml)
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
