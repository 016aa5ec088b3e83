package org.reformhub.registry.measure.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One entry of a measure's history: who changed which fields from what to what, and through which door. */
@Entity
@Table(name = "measure_change")
public class MeasureChange {

    public enum Source { API, IMPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "programme", nullable = false)
    private String programme;

    @Column(name = "measure_code", nullable = false)
    private String measureCode;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(nullable = false)
    private String source;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<MeasureContent.FieldChange> changes;

    protected MeasureChange() {
        // JPA
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
