package org.reformhub.appeals.measure.domain;

import java.io.Serializable;
import java.util.Objects;

/** A measure as the platform names it: programme and code, written {@code programme/code}. */
public class MeasureRef implements Serializable {

    private String programme;
    private String code;

    protected MeasureRef() {
        // JPA id class
    }

    public MeasureRef(String programme, String code) {
        this.programme = programme;
        this.code = code;
    }

    public String programme() {
        return programme;
    }

    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return programme + "/" + code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeasureRef other && programme.equals(other.programme) && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(programme, code);
    }
}
