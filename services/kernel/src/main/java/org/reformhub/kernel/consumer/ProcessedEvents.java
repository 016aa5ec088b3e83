package org.reformhub.kernel.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.event.CloudEvent;

/**
 * Applies an event at most once: the processed-event row and the handler's effect commit in one
 * transaction, and a redelivered event finds its row and changes nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager entityManager;

    public ProcessedEvents(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return false when the event had been processed before (nothing was done) */
    @Transactional
    public boolean applyOnce(EventHandler handler, CloudEvent event) {
        return apply(handler, event);
    }

    /**
     * A polled batch in one transaction (one commit instead of one per event: the consumers keep up with thousands of
     * events a second). All or nothing: when one event fails, the exception leaves and nothing of the batch stays.
     * @return how many events were new
     */
    @Transactional
    public int applyAllOnce(EventHandler handler, java.util.List<CloudEvent> events) {
        int applied = 0;
        for (CloudEvent event : events) {
            if (apply(handler, event)) {
                applied++;
            }
        }
        return applied;
    }

    private boolean apply(EventHandler handler, CloudEvent event) {
        // insert first: a concurrent instance holding the same event blocks here until we commit or roll back
        int inserted = entityManager.createNativeQuery("""
                        insert into processed_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, handler.name())
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        handler.handle(event);
        return true;
    }
}
