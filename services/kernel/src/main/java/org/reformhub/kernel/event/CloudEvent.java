package org.reformhub.kernel.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * CloudEvents 1.0 envelope in structured JSON mode: what every ReformHub service writes to Kafka.
 * The {@code data} carries the aggregate's full current state plus what changed, so a consumer never
 * needs to call the producer back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        Instant time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** Kafka record header announcing structured-mode CloudEvents. */
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** Checks the attributes the spec makes mandatory; a consumer sends anything else to the DLQ. */
    public void requireValid() {
        if (!SPEC_VERSION.equals(specversion)) {
            throw new InvalidEventException("unsupported specversion: " + specversion);
        }
        if (isBlank(id) || isBlank(source) || isBlank(type)) {
            throw new InvalidEventException("id, source and type are required");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
