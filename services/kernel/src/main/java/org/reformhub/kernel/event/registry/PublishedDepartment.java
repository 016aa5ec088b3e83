package org.reformhub.kernel.event.registry;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.InvalidEventException;

/**
 * A department of the registry's catalogue as published ({@code reform.registry.department.*.v1}): code, name, the
 * contact e-mail (may be null), its kind, whether its import needs a person's review and, once merged, the department
 * it was merged into.
 */
public record PublishedDepartment(String code, String name, String email, String kind, String mergedInto,
                                  boolean needsReview, Long version) {

    private static final String PREFIX = "reform.registry.department.";

    public static boolean carriedBy(CloudEvent event) {
        return event.type().startsWith(PREFIX);
    }

    public static PublishedDepartment of(CloudEvent event) {
        JsonNode d = event.data().path("department");
        if (!d.hasNonNull("code") || !d.hasNonNull("name")) {
            throw new InvalidEventException("department event without code or name");
        }
        return new PublishedDepartment(d.path("code").asText(), d.path("name").asText(), d.path("email").asText(null),
                d.path("kind").asText(null), d.path("mergedInto").asText(null), d.path("needsReview").asBoolean(false),
                d.path("version").isIntegralNumber() ? d.path("version").asLong() : null);
    }

    /** The version, for a consumer that keeps only the newest state: an event without one cannot be ordered. */
    public long requireVersion() {
        if (version == null) {
            throw new InvalidEventException("department event without version");
        }
        return version;
    }
}
