package org.reformhub.kernel.event.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.InvalidEventException;

import static org.reformhub.kernel.event.read.EventFields.optionalDate;
import static org.reformhub.kernel.event.read.EventFields.optionalInstant;
import static org.reformhub.kernel.event.read.EventFields.optionalText;

/**
 * A programme (改革批次) as the registry publishes it ({@code reform.registry.programme.*.v1}): its full state, read
 * in one place for every consumer. Issuing body, document number and date may be unknown (null).
 */
public record PublishedProgramme(String code, String title, String status, String issuingBody, String documentNumber,
                                 LocalDate issuedOn, Instant createdAt, long version) {

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
                optionalText(p, "issuingBody"), optionalText(p, "documentNumber"), optionalDate(p, "issuedOn"),
                optionalInstant(p, "createdAt"), p.path("version").asLong());
    }
}
