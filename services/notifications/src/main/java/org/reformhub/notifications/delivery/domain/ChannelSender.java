package org.reformhub.notifications.delivery.domain;

import org.reformhub.notifications.rule.domain.Channel;

/** Hands one delivery to its channel's server: returns when the server took it, throws when it did not. */
public interface ChannelSender {

    Channel channel();

    void send(Delivery delivery) throws DeliveryFailure;
}
