package org.reformhub.registry.measure.domain;

import java.time.Instant;
import java.util.ArrayList;
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

/** 改革举措: one row of the task-division table. */
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

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lead_units", nullable = false)
    private List<ResponsibleUnit> leadUnits = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "cooperating_units", nullable = false)
    private List<ResponsibleUnit> cooperatingUnits = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private Deadline deadline;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Measure() {
        // JPA
    }

    public Measure(String code, MeasureList list, String domain, String title, List<ResponsibleUnit> leadUnits,
                   List<ResponsibleUnit> cooperatingUnits, Deadline deadline, Instant createdAt) {
        if (leadUnits.isEmpty()) {
            throw new IllegalArgumentException("a measure needs at least one lead unit");
        }
        this.code = code;
        this.list = list;
        this.domain = domain;
        this.title = title;
        this.leadUnits = new ArrayList<>(leadUnits);
        this.cooperatingUnits = new ArrayList<>(cooperatingUnits);
        this.deadline = deadline;
        this.createdAt = createdAt;
    }

    public MeasureSnapshot snapshot() {
        return new MeasureSnapshot(code, list, domain, title, List.copyOf(leadUnits), List.copyOf(cooperatingUnits),
                deadline, createdAt, version);
    }

    public String code() {
        return code;
    }
}
