package org.reformhub.console.backend;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A service's refusal (problem+json) as a page shows it: the summary, and each field's message beside its field.
 * The services already answer in Chinese; the console passes their words on.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackendProblem(String title, int status, String detail, List<FieldError> errors) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }

    /** field → message, the first message of each field, in the order the service gave them. */
    public Map<String, String> byField() {
        Map<String, String> fields = new LinkedHashMap<>();
        if (errors != null) {
            errors.forEach(e -> fields.putIfAbsent(e.field(), e.message()));
        }
        return fields;
    }

    public static BackendProblem of(Response response) {
        try {
            BackendProblem problem = response.readEntity(BackendProblem.class);
            return problem == null ? generic(response.getStatus()) : problem;
        } catch (RuntimeException e) {
            return generic(response.getStatus());
        }
    }

    private static BackendProblem generic(int status) {
        return new BackendProblem("请求未能完成", status, null, List.of());
    }
}
