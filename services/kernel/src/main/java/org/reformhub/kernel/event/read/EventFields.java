package org.reformhub.kernel.event.read;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.kernel.event.InvalidEventException;

/**
 * How every typed reader of a published event reads a field (docs/events/schemas): a field a reader cannot do without,
 * missing or not of its kind, makes the event invalid ("event without …", "… is not a date: …"); an optional one reads
 * as null; a field the reader does not know is ignored (additive changes keep a type's version).
 */
public final class EventFields {

    private EventFields() {
    }

    public static JsonNode object(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isObject()) {
            throw new InvalidEventException("event without " + field);
        }
        return value;
    }

    /** Each of the fields present and not null (of any kind). */
    public static void require(JsonNode node, String... fields) {
        for (String field : fields) {
            if (!node.hasNonNull(field)) {
                throw new InvalidEventException("event without " + field);
            }
        }
    }

    /** A value (empty text allowed) that must be there. */
    public static String text(JsonNode node, String field) {
        String value = optionalText(node, field);
        if (value == null) {
            throw new InvalidEventException("event without " + field);
        }
        return value;
    }

    public static String optionalText(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    public static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    /** A whole number, null when absent; one that is not a whole number makes the event invalid. */
    public static Long optionalNumber(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw new InvalidEventException("event without " + field);
        }
        return value.asLong();
    }

    public static BigDecimal optionalDecimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : null;
    }

    public static Boolean optionalBoolean(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isBoolean() ? value.asBoolean() : null;
    }

    public static UUID optionalUuid(JsonNode node, String field) {
        String value = optionalText(node, field);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(field + " is not a UUID");
        }
    }

    public static LocalDate optionalDate(JsonNode node, String field) {
        String value = optionalText(node, field);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(field + " is not a date: " + value);
        }
    }

    /** A time stamp as the contracts write it (RFC 3339, with its offset). */
    public static Instant optionalInstant(JsonNode node, String field) {
        String value = optionalText(node, field);
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidEventException(field + " is not a date-time: " + value);
        }
    }

    /** A value a consumer cannot do without: missing (or empty text) makes the event invalid. */
    public static <T> T required(T value, String field) {
        if (value == null || "".equals(value)) {
            throw new InvalidEventException("event without " + field);
        }
        return value;
    }
}
