package org.reformhub.registry.measure.domain;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** 完成时限: a date in Asia/Shanghai, or ONGOING (持续推进) with no end date. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Deadline(Kind kind, LocalDate date) {

    public enum Kind { DATE, ONGOING }

    public Deadline {
        if (kind == null) {
            throw new IllegalArgumentException("deadline kind is required");
        }
        if (kind == Kind.DATE && date == null) {
            throw new IllegalArgumentException("a DATE deadline needs a date");
        }
        if (kind == Kind.ONGOING) {
            date = null;
        }
    }

    public static Deadline on(LocalDate date) {
        return new Deadline(Kind.DATE, date);
    }

    public static Deadline ongoing() {
        return new Deadline(Kind.ONGOING, null);
    }
}
