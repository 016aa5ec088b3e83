package org.reformhub.kernel.rule;

import java.util.List;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemType;

/** How one kind of rejection reads on the wire: status, stable slug, Chinese title. */
public record RejectionProblem(int status, String slug, String title) {

    /** The row a kernel problem type would give, body for body: e.g. a 404 that reads as every other 404. */
    public static RejectionProblem of(ProblemType type) {
        return of(type, type.title());
    }

    /** A kernel problem type with a title of the service's own, e.g. a 422 that names what could not be used. */
    public static RejectionProblem of(ProblemType type, String title) {
        return new RejectionProblem(type.status(), type.slug(), title);
    }

    /** With the fields the rejection names ({@link Rejection#fields()}), if any. */
    public Problem problem(Rejection rejection) {
        return problem(rejection, rejection.fields().stream()
                .map(mistake -> new Problem.FieldError(mistake.field(), mistake.message())).toList());
    }

    /** With field-level detail, named as the caller knows the fields. */
    public Problem problem(Rejection rejection, List<Problem.FieldError> errors) {
        return new Problem(ProblemType.BASE + slug, title, status, rejection.detail(), null,
                errors.isEmpty() ? null : List.copyOf(errors), null);
    }

    /** A service's row for the rejection; a rejection without a row is a programming error, caught by its table test. */
    public static RejectionProblem in(java.util.Map<Class<? extends Rejection>, RejectionProblem> table, Rejection rejection) {
        RejectionProblem row = table.get(rejection.getClass());
        if (row == null) {
            throw new IllegalStateException("no problem type for " + rejection.getClass().getSimpleName());
        }
        return row;
    }

    /** Tables joined, e.g. a service's own rows and the kernel's {@code FileRejection.PROBLEMS}. */
    @SafeVarargs
    public static java.util.Map<Class<? extends Rejection>, RejectionProblem> merge(
            java.util.Map<Class<? extends Rejection>, RejectionProblem>... tables) {
        java.util.Map<Class<? extends Rejection>, RejectionProblem> all = new java.util.HashMap<>();
        for (var table : tables) {
            all.putAll(table);
        }
        return java.util.Map.copyOf(all);
    }
}
