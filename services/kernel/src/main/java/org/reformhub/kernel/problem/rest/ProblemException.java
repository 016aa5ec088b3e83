package org.reformhub.kernel.problem.rest;

import java.util.List;
import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemType;

/** Thrown by use cases and resources to reject a request; mapped to problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()));
        this.problem = problem;
    }

    public ProblemException(ProblemType type, String detail) {
        this(type.problem(detail));
    }

    public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
        ProblemType type = ProblemType.VALIDATION_FAILED;
        return new ProblemException(new Problem(type.uri(), type.title(), type.status(), detail, null, errors, null));
    }

    /** 422: the request is well-formed but its content cannot be used; {@code title} may be more specific. */
    public static ProblemException unprocessable(String title, String detail, List<Problem.FieldError> errors) {
        ProblemType type = ProblemType.UNPROCESSABLE;
        return new ProblemException(new Problem(type.uri(), title, type.status(), detail, null, errors, null));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    public Problem problem() {
        return problem;
    }
}
