package org.reformhub.console.shell;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.TemplateInstance;

import com.fasterxml.jackson.databind.JsonNode;

import org.reformhub.console.backend.Answers;
import org.reformhub.console.backend.BackendProblem;

/** What every form page does with what was typed and with a service's refusal of it. */
public final class Forms {

    public static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private Forms() {
    }

    /** {@code typed("title", title, "phone", phone)}: the values to show again, absent ones left out. */
    public static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> typed = new HashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                typed.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return typed;
    }

    /** What a date field says when it holds no date: in the form the browser's date input and people use. */
    public static final String NOT_A_DATE = "请按 年-月-日 填写日期，如 2027-01-15";

    /** A date typed into a form: absent (blank), a date, or not a date (shown beside its field, nothing sent). */
    public record DateInput(java.time.LocalDate value, boolean invalid) {
        public static DateInput of(String text) {
            if (text == null || text.isBlank()) {
                return new DateInput(null, false);
            }
            try {
                return new DateInput(java.time.LocalDate.parse(text.strip()), false);
            } catch (java.time.format.DateTimeParseException e) {
                return new DateInput(null, true);
            }
        }
    }

    /** An uploaded file's extension, lower case, as the upload forms decide on its type by it ("" without one). */
    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Blank fields go to a service as absent, so that its own rules say what is missing. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /**
     * A form's post to a service, the way every page does it: done, a redirect to {@code next} (so that reloading the
     * page never posts again); refused, the form's page again with the errors ({@link #refused}).
     */
    public static Response afterPost(Supplier<Response> call, String next,
                                     Function<Map<String, String>, TemplateInstance> page) {
        try (Response answer = Answers.of(call)) {
            if (answer.getStatus() / 100 == 2) {
                return Response.seeOther(java.net.URI.create(next)).build();
            }
            return refused(answer, page);
        }
    }

    /** As above, where the next page depends on what was made (its id in the service's answer). */
    public static Response afterCreate(Supplier<Response> call, Function<JsonNode, String> next,
                                       Function<Map<String, String>, TemplateInstance> page) {
        try (Response answer = Answers.of(call)) {
            if (answer.getStatus() / 100 == 2) {
                return Response.seeOther(java.net.URI.create(next.apply(answer.readEntity(JsonNode.class)))).build();
            }
            return refused(answer, page);
        }
    }

    /**
     * A service's refusal shown on the page it came from: each field error beside its field, anything else (a
     * conflict, a stale version) under {@code action} at the top. A 5xx or lost login is an error page instead.
     */
    /** A form's page again with what is wrong beside its fields (422): nothing was sent, or the service refused it. */
    public static Response unprocessable(TemplateInstance page) {
        return Response.status(422).type(HTML).entity(page.render()).build();
    }

    public static Response refused(Response answer, Function<Map<String, String>, TemplateInstance> page) {
        if (answer.getStatus() >= 500 || answer.getStatus() == 401) {
            throw new WebApplicationException(answer.getStatus());
        }
        BackendProblem problem = BackendProblem.of(answer);
        Map<String, String> errors = new LinkedHashMap<>(problem.byField());
        if (errors.isEmpty() || answer.getStatus() == 409 || answer.getStatus() == 412) {
            errors.putIfAbsent("action", problem.detail() == null ? problem.title() : problem.detail());
        }
        return answer.getStatus() == 404 ? Response.status(404).type(HTML).entity(page.apply(errors).render()).build()
                : unprocessable(page.apply(errors));
    }
}
