package org.reformhub.warehouse;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.problem.rest.RejectionTable;
import org.reformhub.kernel.rule.Rejection;
import org.reformhub.kernel.rule.RejectionProblem;
import org.reformhub.warehouse.load.domain.LoadRejection;

/** The warehouse loader's one table from rejections to problem types. */
@ApplicationScoped
public class WarehouseRejections implements RejectionTable {

    static final Map<Class<? extends Rejection>, RejectionProblem> TABLE = Map.of(
            LoadRejection.ProgressUnknown.class, RejectionProblem.of(ProblemType.SERVICE_UNAVAILABLE));

    @Override
    public Problem problemFor(Rejection rejection) {
        return RejectionProblem.in(TABLE, rejection).problem(rejection);
    }
}
