package org.reformhub.kernel.testing.cycle.report.application;

import org.reformhub.kernel.testing.cycle.report.infrastructure.ReportStore;

/** Fixture: a use case that reads through a store which calls back into it, a cycle between two packages. */
public class ReportBook {

    private final ReportStore store = new ReportStore();

    public int count() {
        return store.rows(this);
    }
}
