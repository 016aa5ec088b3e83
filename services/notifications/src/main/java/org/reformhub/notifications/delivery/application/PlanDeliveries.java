package org.reformhub.notifications.delivery.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.reformhub.notifications.contact.application.EnterpriseContacts;
import org.reformhub.notifications.rule.domain.Channel;
import org.reformhub.notifications.delivery.domain.DeliveryStatus;
import org.reformhub.notifications.delivery.infrastructure.DeliveryRepository;
import org.reformhub.notifications.delivery.infrastructure.SmsGateway;
import org.reformhub.notifications.directory.application.Directory;
import org.reformhub.notifications.preference.application.ManagePreferences;
import org.reformhub.notifications.preference.domain.Preferences;
import org.reformhub.notifications.rule.domain.Message;
import org.reformhub.notifications.rule.domain.Notice;
import org.reformhub.notifications.rule.domain.Recipient;
import org.reformhub.notifications.rule.domain.Severity;
import org.reformhub.notifications.template.application.Templates;
import org.reformhub.kernel.city.CityTime;

/**
 * Decides, in the transaction that stores a notification, which e-mails and webhook calls carry it: the recipient's
 * addresses (a department's from the catalogue, anyone's own from its preferences, a case's contact's as the
 * enterprise gave them), its preferences (muted, quiet hours, digest; critical messages ignore them), rendered now
 * with the channel's template. The dispatcher sends them.
 */
@ApplicationScoped
public class PlanDeliveries {

    /** The city's clock: quiet hours and digests are in local time. */

    private record Address(Channel channel, String address) {
    }

    private final DeliveryRepository deliveries;
    private final Directory directory;
    private final EnterpriseContacts contacts;
    private final SmsGateway sms;
    private final ManagePreferences preferences;
    private final Templates templates;
    private final Optional<String> supervisionOfficeEmail;

    public PlanDeliveries(DeliveryRepository deliveries, Directory directory, EnterpriseContacts contacts, SmsGateway sms,
                          ManagePreferences preferences, Templates templates,
                          @ConfigProperty(name = "reformhub.notifications.supervision-office-email")
                          Optional<String> supervisionOfficeEmail) {
        this.deliveries = deliveries;
        this.directory = directory;
        this.contacts = contacts;
        this.sms = sms;
        this.preferences = preferences;
        this.templates = templates;
        this.supervisionOfficeEmail = supervisionOfficeEmail;
    }

    /**
     * @param notified the recipients the notice was new for, with their inbox notification (none for a case's contact)
     * @param addressed the channel and address of every message this event planned already: one address hears of an
     *                  event once (added to)
     * @return how many deliveries were planned
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int plan(Notice notice, Map<Recipient, UUID> notified, Map<String, Object> model, String eventId, String eventType,
                    Instant now, Set<String> addressed) {
        // one notice reads the same for every recipient: each channel's wording is rendered once
        Map<Channel, Templates.Rendered> wording = new EnumMap<>(Channel.class);
        int planned = 0;
        for (Map.Entry<Recipient, UUID> to : notified.entrySet()) {
            planned += to.getKey().kind() == Recipient.Kind.CASE_CONTACT
                    ? planForContact(notice, to.getKey(), model, eventId, eventType, now, addressed)
                    : plan(notice, to.getKey(), to.getValue(), channel -> wording.computeIfAbsent(channel,
                    c -> templates.render(c, notice.rule(), model)), eventId, eventType, now, addressed);
        }
        return planned;
    }

    private int plan(Notice notice, Recipient recipient, UUID notificationId, Function<Channel, Templates.Rendered> wording,
                     String eventId, String eventType, Instant now, Set<String> addressed) {
        Preferences choices = preferences.of(recipient.key());
        int planned = 0;
        for (Address to : addresses(recipient, choices)) {
            if (!firstFor(addressed, to)) {
                continue;
            }
            Preferences.Decision decision = choices.decide(notice.category(), notice.severity(), to.channel(), now, CityTime.ZONE);
            if (decision instanceof Preferences.Decision.Skip) {
                continue;
            }
            Templates.Rendered text = wording.apply(to.channel());
            boolean digest = decision instanceof Preferences.Decision.Digest;
            Instant notBefore = decision instanceof Preferences.Decision.SendAt at ? at.notBefore() : now;
            Message message = Message.of(notice, recipient, text.title(), text.body(), text.version(), eventId, eventType);
            if (deliveries.insertIfAbsent(UUID.randomUUID(), notificationId, to.channel(), to.address(), message,
                    digest ? DeliveryStatus.DIGEST : DeliveryStatus.PENDING, notBefore, now)) {
                planned++;
            }
        }
        return planned;
    }

    /**
     * The contact an enterprise gave for a case: its e-mail and mobile (SMS through the gateway), unless unsubscribed;
     * no preferences (it may have no account), its name in the greeting and its own unsubscribe link in the text.
     */
    private int planForContact(Notice notice, Recipient contact, Map<String, Object> model, String eventId, String eventType,
                               Instant now, Set<String> addressed) {
        Optional<EnterpriseContacts.Reach> reach = contacts.reach(contact.id());
        if (reach.isEmpty()) {
            return 0; // a case filed before contacts were recorded
        }
        Map<String, Object> own = new java.util.HashMap<>(model);
        own.put("person", reach.get().person());
        own.put("unsubscribe", reach.get().unsubscribeLink());
        List<Address> addresses = new ArrayList<>();
        reach.get().email().ifPresent(e -> addresses.add(new Address(Channel.EMAIL, e)));
        if (sms.configured()) {
            reach.get().mobile().ifPresent(m -> addresses.add(new Address(Channel.WEBHOOK, SmsGateway.SCHEME + m)));
        }
        int planned = 0;
        for (Address to : addresses) {
            if (!firstFor(addressed, to)) {
                continue;
            }
            Templates.Rendered text = templates.render(to.channel(), notice.rule(), own);
            Message message = Message.of(notice, contact, text.title(), text.body(), text.version(), eventId, eventType);
            if (deliveries.insertIfAbsent(UUID.randomUUID(), null, to.channel(), to.address(), message, DeliveryStatus.PENDING,
                    now, now)) {
                planned++;
            }
        }
        return planned;
    }

    /** An e-mail straight to an address (a 督办 escalation to a department's head), critical: no preference applies. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean planEmail(String address, Recipient onBehalfOf, String rule, String category, Map<String, Object> model,
                             String eventId, String eventType, Instant now) {
        Templates.Rendered text = templates.render(Channel.EMAIL, rule, model);
        Message message = new Message(onBehalfOf.key(), rule, category, Severity.CRITICAL, text.title(), text.body(),
                text.version(), eventId, eventType);
        return deliveries.insertIfAbsent(UUID.randomUUID(), null, Channel.EMAIL, address, message, DeliveryStatus.PENDING,
                now, now);
    }

    /**
     * False when the event already writes to this mailbox or phone (an enterprise's own e-mail is often the contact
     * it gave). A department's webhook is not a person's address: the gateway routes by recipient.
     */
    private static boolean firstFor(Set<String> addressed, Address to) {
        boolean personal = to.channel() == Channel.EMAIL || SmsGateway.isSms(to.address());
        return !personal || addressed.add(to.channel() + " " + to.address().toLowerCase(java.util.Locale.ROOT));
    }

    private List<Address> addresses(Recipient recipient, Preferences choices) {
        List<Address> to = new ArrayList<>();
        Optional<String> email = choices.email();
        if (recipient.kind() == Recipient.Kind.DEPARTMENT) {
            Directory.Addresses department = directory.addresses(recipient.id());
            if (email.isEmpty()) {
                email = department.email();
            }
            department.webhookUrl().ifPresent(url -> to.add(new Address(Channel.WEBHOOK, url)));
        } else if (recipient.kind() == Recipient.Kind.SUPERVISORS && email.isEmpty()) {
            email = supervisionOfficeEmail.filter(e -> !e.isBlank());
        }
        email.ifPresent(e -> to.add(0, new Address(Channel.EMAIL, e)));
        return to;
    }
}
