package org.reformhub.kernel.testing.sample.report.application;

import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.problem.ProblemType;

/** Fixture: a use case that refuses with an HTTP problem instead of a rejection. */
public class SubmitReport {

    public void submit(boolean late) {
        if (late) {
            throw new ProblemException(ProblemType.CONFLICT, "late");
        }
    }
}
