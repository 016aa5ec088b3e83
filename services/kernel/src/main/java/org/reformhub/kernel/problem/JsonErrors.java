package org.reformhub.kernel.problem;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with a request body in the caller's terms: the JSON path of the field ({@code
 * leadUnits[0].code}) and what kind of value was expected, never Jackson's message (it names our Java
 * classes).
 */
final class JsonErrors {

    private JsonErrors() {
    }

    /** {@code leadUnits[0].code}, or null when the error is not at a field. */
    static String field(JsonProcessingException error) {
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
            return "the document is too large or too deeply nested";
        }
        if (error instanceof JsonParseException parse) {
            return "not valid JSON (line " + parse.getLocation().getLineNr() + ", column "
                    + parse.getLocation().getColumnNr() + ")";
        }
        if (error instanceof UnrecognizedPropertyException unknown) {
            return "unknown field " + unknown.getPropertyName();
        }
        if (error instanceof InvalidFormatException format) {
            if (format.getValue() instanceof String text && text.indexOf('\u0000') >= 0) {
                return NoNulCharacters.MESSAGE;
            }
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return "not one of " + List.of(target.getEnumConstants()).stream().map(String::valueOf)
                        .collect(Collectors.joining(", "));
            }
            return "not a valid " + kind(target);
        }
        if (error instanceof MismatchedInputException mismatch) {
            return mismatch.getTargetType() == null ? "a value of the wrong type" : "expected " + kind(mismatch.getTargetType());
        }
        return "the body cannot be read as the expected JSON";
    }

    private static String kind(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "a date (yyyy-MM-dd) or time (ISO 8601)";
        }
        return "an object";
    }
}
