package org.reformhub.kernel.event.appeals;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.CloudEvent;

import static org.reformhub.kernel.event.read.EventFields.*;

/**
 * The contact an enterprise gave for a case ({@code reform.appeals.appeal-contact.recorded.v1}): personal data, for the
 * notification service only. The case number is what every consumer needs; {@code recordedAt} may be absent.
 */
public record PublishedAppealContact(String caseNumber, String uscc, String enterpriseName, String contactPerson,
                                     String phone, String email, Instant recordedAt) {

    public static final String TYPE = "reform.appeals.appeal-contact.recorded.v1";

    public static PublishedAppealContact of(CloudEvent event) {
        JsonNode c = object(event.data(), "contact");
        return new PublishedAppealContact(text(c, "caseNumber"), c.path("uscc").asText(""),
                c.path("enterpriseName").asText(""), c.path("contactPerson").asText(""), c.path("phone").asText(""),
                optionalText(c, "email"), optionalInstant(c, "recordedAt"));
    }
}
