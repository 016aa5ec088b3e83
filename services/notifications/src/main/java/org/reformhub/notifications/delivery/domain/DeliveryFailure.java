package org.reformhub.notifications.delivery.domain;

/**
 * A channel could not deliver: temporarily (server down, timeout, 5xx, 429 — tried again later) or permanently (the
 * address or endpoint refuses this message: a 4xx — retrying would not help).
 */
public class DeliveryFailure extends Exception {

    private final boolean permanent;

    public DeliveryFailure(String reason, boolean permanent) {
        super(reason, null, false, false);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
