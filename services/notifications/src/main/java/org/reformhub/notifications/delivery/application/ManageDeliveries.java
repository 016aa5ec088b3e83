package org.reformhub.notifications.delivery.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.api.PageRequest;
import org.reformhub.notifications.delivery.domain.Delivery;
import org.reformhub.notifications.delivery.domain.DeliveryStatus;
import org.reformhub.notifications.delivery.infrastructure.DeliveryRepository;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.notifications.delivery.domain.DeliveryRejection;


/** What admins do with deliveries: look at them (failures first of all) and send failed ones again. */
@ApplicationScoped
public class ManageDeliveries {

    private final DeliveryRepository deliveries;

    public ManageDeliveries(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Transactional
    public Page<Delivery.DeliveryView> list(DeliveryStatus status, String recipientKey, PageRequest page) {
        return deliveries.list(status, recipientKey, page).map(Delivery::view);
    }

    @Transactional
    public Delivery.DeliveryView find(UUID id) {
        return deliveries.findByIdOptional(id).map(Delivery::view)
                .orElseThrow(() -> new RejectedException(new DeliveryRejection.UnknownDelivery(id)));
    }

    /** Sends a failed delivery again (soon, by the dispatcher); any other status is a conflict. */
    @Transactional
    public Delivery.DeliveryView retry(UUID id) {
        Delivery delivery = deliveries.findByIdOptional(id)
                .orElseThrow(() -> new RejectedException(new DeliveryRejection.UnknownDelivery(id)));
        if (!delivery.retry(Instant.now())) {
            throw new RejectedException(new DeliveryRejection.OnlyFailedRetried(delivery.status()));
        }
        return delivery.view();
    }

    /** Every failed delivery, again; @return how many */
    @Transactional
    public int retryAllFailed() {
        List<Delivery> failed = deliveries.list(DeliveryStatus.FAILED, null, new PageRequest(0, 10_000)).items();
        Instant now = Instant.now();
        failed.forEach(d -> d.retry(now));
        return failed.size();
    }
}
