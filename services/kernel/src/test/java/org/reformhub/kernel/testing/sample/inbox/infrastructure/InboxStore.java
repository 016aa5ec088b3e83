package org.reformhub.kernel.testing.sample.inbox.infrastructure;

/** Fixture for ArchitectureRulesTest: another feature's repository. */
public class InboxStore {
    public int count() {
        return 0;
    }
}
