package org.reformhub.kernel.testing.cycle.report.infrastructure;

import org.reformhub.kernel.testing.cycle.report.application.ReportBook;

/** Fixture: see {@code ReportBook}. */
public class ReportStore {

    public int rows(ReportBook book) {
        return book == null ? 0 : 1;
    }
}
