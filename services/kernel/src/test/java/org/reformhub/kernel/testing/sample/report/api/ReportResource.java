package org.reformhub.kernel.testing.sample.report.api;

import org.reformhub.kernel.testing.sample.inbox.infrastructure.InboxStore;

/** Fixture for ArchitectureRulesTest: reaches into another feature's repository, which the rules forbid. */
public class ReportResource {
    public int unread() {
        return new InboxStore().count();
    }
}
