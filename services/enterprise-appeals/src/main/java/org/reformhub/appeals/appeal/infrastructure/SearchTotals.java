package org.reformhub.appeals.appeal.infrastructure;

import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;

/**
 * How many cases a search finds in all (the "共 N 件" of a queue), kept a few seconds per search: counting every
 * match is most of a queue page's database time, and the office reloads the same views all day. Forgotten as soon
 * as a case of this instance changes (after its transaction commits), so a person sees the count move with their
 * own step; another instance's change shows within the expiry ({@code application.properties}).
 */
@ApplicationScoped
public class SearchTotals {

    private final Cache totals;
    private final TransactionSynchronizationRegistry transactions;

    SearchTotals(@CacheName("appeal-search-totals") Cache totals, TransactionSynchronizationRegistry transactions) {
        this.totals = totals;
        this.transactions = transactions;
    }

    long of(String search, LongSupplier count) {
        return totals.get(search, key -> count.getAsLong()).await().indefinitely();
    }

    /** A case changes in the current transaction: every total is forgotten once it has committed. */
    public void changed() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    totals.invalidateAll().await().indefinitely();
                }
            }
        });
    }
}
