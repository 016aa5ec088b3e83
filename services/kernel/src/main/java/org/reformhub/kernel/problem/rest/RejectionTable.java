package org.reformhub.kernel.problem.rest;

import org.reformhub.kernel.rule.Rejection;
import org.reformhub.kernel.problem.Problem;

/**
 * A service's one table from its domain rejections to problem types, as an {@code @ApplicationScoped}
 * bean in its REST layer. Write it as a switch over the sealed rejection families, so a new rejection
 * does not compile until it has a problem type.
 */
public interface RejectionTable {

    /** The problem for this rejection; see {@link org.reformhub.kernel.rule.RejectionProblem} for the usual shape. */
    Problem problemFor(Rejection rejection);
}
