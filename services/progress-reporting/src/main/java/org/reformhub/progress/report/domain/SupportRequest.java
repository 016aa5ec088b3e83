package org.reformhub.progress.report.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** 需协调事项: support a unit needs from another unit, answered by that unit (or a supervisor). */
public record SupportRequest(String dept, String request, @Schema(nullable = true) String answer, @Schema(nullable = true) String answeredBy, @Schema(nullable = true) Instant answeredAt) {

    public static SupportRequest asked(String dept, String request) {
        return new SupportRequest(dept, request, null, null, null);
    }

    public boolean answered() {
        return answeredAt != null;
    }

    SupportRequest answer(String text, String by, Instant at) {
        return new SupportRequest(dept, request, text, by, at);
    }
}
