package org.reformhub.notifications.delivery.infrastructure;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.ext.mail.SMTPException;

import org.reformhub.notifications.contact.application.EnterpriseContacts;
import org.reformhub.notifications.delivery.domain.ChannelSender;
import org.reformhub.notifications.rule.domain.Channel;
import org.reformhub.notifications.delivery.domain.Delivery;
import org.reformhub.notifications.delivery.domain.DeliveryFailure;
import org.reformhub.notifications.rule.domain.Recipient;

/**
 * E-mail over SMTP (quarkus-mailer; server, sender and credentials in application.properties). A 5xx reply to the
 * message (a refused address) is permanent; anything else — server down, 4xx, timeout — is tried again later.
 */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    /** One message never holds the dispatcher longer than this. */
    static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final ReactiveMailer mailer;
    private final EnterpriseContacts contacts;

    public EmailSender(ReactiveMailer mailer, EnterpriseContacts contacts) {
        this.mailer = mailer;
        this.contacts = contacts;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void send(Delivery delivery) throws DeliveryFailure {
        Mail mail = Mail.withText(delivery.address(), delivery.subject(), delivery.body())
                .addHeader("X-ReformHub-Delivery", delivery.id().toString());
        Recipient recipient = Recipient.ofKey(delivery.recipientKey());
        if (recipient.kind() == Recipient.Kind.CASE_CONTACT) {
            // mail clients show their own unsubscribe button, and may post to the link (RFC 2369, RFC 8058)
            contacts.unsubscribeLink(recipient.id())
                    .ifPresent(link -> mail.addHeader("List-Unsubscribe", "<" + link + ">")
                            .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        }
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
