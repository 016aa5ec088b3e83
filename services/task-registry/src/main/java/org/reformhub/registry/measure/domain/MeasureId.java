package org.reformhub.registry.measure.domain;

import java.io.Serializable;
import java.util.Objects;

/**
 * A measure's identity: its programme (改革批次) and its code within it ({@code 1-01} is unique only
 * within one programme). Every reference to a measure carries both.
 */
public class MeasureId implements Serializable {

    private String programme;
    private String code;

    protected MeasureId() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public MeasureId(String programme, String code) {
        this.programme = Objects.requireNonNull(programme, "programme");
        this.code = Objects.requireNonNull(code, "code");
    }

    public static MeasureId of(String programme, String code) {
        return new MeasureId(programme, code);
    }

    public String programme() {
        return programme;
    }

    public String code() {
        return code;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeasureId id && id.programme.equals(programme) && id.code.equals(code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(programme, code);
    }

    /** {@code programme/code}, as in API paths and Kafka keys. */
    @Override
    public String toString() {
        return programme + "/" + code;
    }
}
