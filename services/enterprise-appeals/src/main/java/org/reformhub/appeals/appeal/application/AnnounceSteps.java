package org.reformhub.appeals.appeal.application;

import jakarta.enterprise.context.ApplicationScoped;

import org.reformhub.kernel.outbox.Outbox;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.events.AppealContract;
import org.reformhub.appeals.appeal.infrastructure.SearchTotals;
import org.reformhub.appeals.category.application.CategoryCatalogue;

/**
 * Puts an appeal's new steps in the outbox, one event each, in the caller's transaction: every event carries the
 * case's full state and its category's name as the catalogue has it now. The one way the channel announces a step
 * (the workflow and the time-limit watch alike).
 */
@ApplicationScoped
public class AnnounceSteps {

    private final Outbox outbox;
    private final CategoryCatalogue categories;
    private final SearchTotals searchTotals;

    public AnnounceSteps(Outbox outbox, CategoryCatalogue categories, SearchTotals searchTotals) {
        this.outbox = outbox;
        this.categories = categories;
        this.searchTotals = searchTotals;
    }

    /** A new case: the contact it gave (for the notification service alone), then its first steps. */
    public void filed(Appeal appeal) {
        outbox.append(org.reformhub.appeals.appeal.events.AppealContactContract.recorded(appeal));
        since(appeal, 0);
    }

    /** The steps of the case's history from {@code fromStep} (its size before the change) on. */
    public void since(Appeal appeal, int fromStep) {
        var history = appeal.history();
        String categoryName = categories.nameOf(appeal.category());
        for (int i = fromStep; i < history.size(); i++) {
            outbox.append(AppealContract.of(appeal, history.get(i), categoryName));
        }
        searchTotals.changed();
    }
}
