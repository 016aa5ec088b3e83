package org.reformhub.notifications.delivery.infrastructure;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.ext.mail.SMTPException;

import org.reformhub.notifications.delivery.application.ChannelSender;
import org.reformhub.notifications.delivery.domain.Channel;
import org.reformhub.notifications.delivery.domain.Delivery;
import org.reformhub.notifications.delivery.domain.DeliveryFailure;

/**
 * E-mail over SMTP (quarkus-mailer; server, sender and credentials in application.properties). A 5xx reply to the
 * message (a refused address) is permanent; anything else — server down, 4xx, timeout — is tried again later.
 */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    /** One message never holds the dispatcher longer than this. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ReactiveMailer mailer;

    public EmailSender(ReactiveMailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery) throws DeliveryFailure {
        Mail mail = Mail.withText(delivery.address(), delivery.subject(), delivery.body())
                .addHeader("X-ReformHub-Delivery", delivery.id().toString());
        try {
            mailer.send(mail).await().atMost(TIMEOUT);
        } catch (RuntimeException e) {
            throw new DeliveryFailure("SMTP: " + describe(e), permanent(e));
        }
    }

    private static boolean permanent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp.isPermanent();
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
