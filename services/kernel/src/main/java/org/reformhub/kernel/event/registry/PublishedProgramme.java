package org.reformhub.kernel.event.registry;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.InvalidEventException;

/**
 * A programme (改革批次) as the registry publishes it ({@code reform.registry.programme.*.v1}): its full state, read
 * in one place for every consumer.
 */
public record PublishedProgramme(String code, String title, String status, long version) {

    public static final List<String> TYPES = List.of("reform.registry.programme.created.v1",
            "reform.registry.programme.updated.v1", "reform.registry.programme.closed.v1",
            "reform.registry.programme.reopened.v1");

    public static boolean carriedBy(CloudEvent event) {
        return TYPES.contains(event.type());
    }

    public static PublishedProgramme of(CloudEvent event) {
        JsonNode p = event.data().path("programme");
        if (!p.hasNonNull("code") || !p.hasNonNull("title") || !p.hasNonNull("version")) {
            throw new InvalidEventException("programme event without code, title or version");
        }
        return new PublishedProgramme(p.path("code").asText(), p.path("title").asText(), p.path("status").asText("ACTIVE"),
                p.path("version").asLong());
    }
}
