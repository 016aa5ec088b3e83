package org.reformhub.kernel.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * RFC 9457 problem details, the only shape in which ReformHub reports an error. {@code type} is stable
 * and documented, {@code title} is readable Chinese, {@code errors} names the offending fields.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {
    }

    public Problem withContext(String instance, String correlationId) {
        return new Problem(type, title, status, detail, instance, errors, correlationId);
    }
}
