package org.reformhub.registry.measure.domain;

import java.time.Instant;
import java.util.List;

/** One entry of a measure's history: who changed which fields from what to what, and through which door. */
public class MeasureChange {

    public enum Source { API, IMPORT }

    private Long id;
    private String programme;
    private String measureCode;
    private Instant changedAt;
    private String changedBy;
    private String source;
    private List<MeasureContent.FieldChange> changes;

    protected MeasureChange() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public MeasureChange(MeasureId measure, Instant changedAt, String changedBy, Source source,
                         List<MeasureContent.FieldChange> changes) {
        this.programme = measure.programme();
        this.measureCode = measure.code();
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.source = source.name();
        this.changes = List.copyOf(changes);
    }

    public Entry entry() {
        return new Entry(changedAt, changedBy, source, changes);
    }

    public record Entry(Instant changedAt, String changedBy, String source, List<MeasureContent.FieldChange> changes) {
    }
}
