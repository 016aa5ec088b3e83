package org.reformhub.kernel.problem.rest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import org.reformhub.kernel.text.MessageBundle;

/**
 * Says what is wrong with a request body in the caller's terms: the JSON path of the field ({@code
 * leadUnits[0].code}) and what kind of value was expected, never Jackson's message (it names our Java
 * classes).
 */
final class JsonErrors {

    private static final MessageBundle TEXT = MessageBundle.KERNEL;
    /** Jackson's words for a key given twice (STRICT_DUPLICATE_DETECTION, see {@link DuplicateKeys}). */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.{1,200})'", Pattern.DOTALL);

    private JsonErrors() {
    }

    /** {@code leadUnits[0].code}, or null when the error is not at a field. */
    static String field(JsonProcessingException error) {
        if (error instanceof JsonParseException parse) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(parse.getOriginalMessage()));
            return duplicate.matches() ? duplicate.group(1) : null;
        }
        if (!(error instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    static String message(JsonProcessingException error) {
        if (error instanceof StreamConstraintsException) {
            return TEXT.text("json.too-large");
        }
        if (error instanceof JsonParseException parse) {
            if (DUPLICATE.matcher(String.valueOf(parse.getOriginalMessage())).matches()) {
                return TEXT.text("json.duplicate-field");
            }
            return TEXT.text("json.not-json", parse.getLocation().getLineNr(), parse.getLocation().getColumnNr());
        }
        if (error instanceof UnrecognizedPropertyException unknown) {
            return TEXT.text("json.unknown-field", unknown.getPropertyName());
        }
        if (error instanceof InvalidFormatException format) {
            if (format.getValue() instanceof String text && text.indexOf('\u0000') >= 0) {
                return NoNulCharacters.MESSAGE;
            }
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return TEXT.text("json.not-one-of", List.of(target.getEnumConstants()).stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")));
            }
            return TEXT.text("json.not-a-valid", kind(target));
        }
        if (error instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType() == null ? TEXT.text("json.wrong-type")
                    : TEXT.text("json.expected", kind(mismatch.getTargetType()));
        }
        return TEXT.text("json.unreadable");
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return TEXT.text("json.kind.value");
        }
        if (type == String.class) {
            return TEXT.text("json.kind.string");
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return TEXT.text("json.kind.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return TEXT.text("json.kind.boolean");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return TEXT.text("json.kind.array");
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type) || type == java.time.YearMonth.class) {
            return TEXT.text("json.kind.date");
        }
        return TEXT.text("json.kind.object");
    }
}
