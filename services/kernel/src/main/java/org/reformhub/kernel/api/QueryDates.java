package org.reformhub.kernel.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.text.MessageBundle;

/**
 * A date in a query parameter, read as text: a bad one is a 400 naming the parameter (a {@code LocalDate} parameter
 * JAX-RS cannot convert would be a 404), and years outside 1900–2999 are refused as typing errors.
 */
public final class QueryDates {

    private QueryDates() {
    }

    /** The date, or null when the parameter is absent. */
    public static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1900 || date.getYear() > 2999) {
                throw new DateTimeParseException("out of range", value, 0);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(MessageBundle.KERNEL.text("query.date-title"),
                    List.of(new Problem.FieldError(field, MessageBundle.KERNEL.text("query.date", value))));
        }
    }
}
