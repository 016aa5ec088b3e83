package org.reformhub.notifications.delivery.domain;


/** Hands one delivery to its channel's server: returns when the server took it, throws when it did not. */
public interface ChannelSender {

    Channel channel();

    void send(Delivery delivery) throws DeliveryFailure;
}
