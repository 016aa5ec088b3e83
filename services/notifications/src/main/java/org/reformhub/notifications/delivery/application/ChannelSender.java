package org.reformhub.notifications.delivery.application;

import org.reformhub.notifications.delivery.domain.Channel;
import org.reformhub.notifications.delivery.domain.Delivery;
import org.reformhub.notifications.delivery.domain.DeliveryFailure;

/** Hands one delivery to its channel's server: returns when the server took it, throws when it did not. */
public interface ChannelSender {

    Channel channel();

    void send(Delivery delivery) throws DeliveryFailure;
}
