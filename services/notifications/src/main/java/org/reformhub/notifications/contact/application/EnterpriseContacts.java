package org.reformhub.notifications.contact.application;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.reformhub.notifications.contact.domain.CaseContact;
import org.reformhub.notifications.contact.infrastructure.CaseContactRepository;

/**
 * The enterprises' own contacts, one per case (企业直通车): recorded from the appeal channel's contact event, asked
 * where a case's notice goes, and unsubscribed through the link every such message carries.
 */
@ApplicationScoped
public class EnterpriseContacts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CaseContactRepository contacts;
    private final String publicUrl;

    public EnterpriseContacts(CaseContactRepository contacts, @ConfigProperty(name = "reformhub.public-url") String publicUrl) {
        this.contacts = contacts;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    /** Joins the consumer's transaction; the first record of a case stands (and its link keeps working). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recorded(String caseNumber, String uscc, String enterpriseName, String contactPerson, String phone,
                         String email, Instant at) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        contacts.recordIfAbsent(new CaseContact(caseNumber, uscc, enterpriseName, contactPerson, phone == null ? "" : phone,
                Optional.ofNullable(email).filter(e -> !e.isBlank()),
                Base64.getUrlEncoder().withoutPadding().encodeToString(secret)), at);
    }

    /** How a case's contact is reached: whom to greet, its e-mail and mobile (less what unsubscribed), its link. */
    public record Reach(String person, Optional<String> email, Optional<String> mobile, String unsubscribeLink) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Reach> reach(String caseNumber) {
        return contacts.ofCase(caseNumber).map(contact -> {
            Set<String> optedOut = contacts.optedOut(contact.addresses());
            return new Reach(contact.contactPerson(), contact.emailUnless(optedOut), contact.mobileUnless(optedOut),
                    link(contact));
        });
    }

    /** The link a message to the case's contact ends with (a page that asks before it unsubscribes). */
    @Transactional
    public Optional<String> unsubscribeLink(String caseNumber) {
        return contacts.ofCase(caseNumber).map(this::link);
    }

    private String link(CaseContact contact) {
        return publicUrl + "/public/notifications/unsubscribe?token=" + contact.unsubscribeToken();
    }

    @Transactional
    public Optional<CaseContact> byToken(String token) {
        return contacts.byToken(token);
    }

    /** Stops every notice to the contact's e-mail and phone, for all cases. */
    @Transactional
    public Optional<CaseContact> unsubscribe(String token) {
        Optional<CaseContact> contact = contacts.byToken(token);
        contact.ifPresent(c -> contacts.optOut(c.addresses(), Instant.now()));
        return contact;
    }

    /** Undoes a click made by mistake. */
    @Transactional
    public Optional<CaseContact> resubscribe(String token) {
        Optional<CaseContact> contact = contacts.byToken(token);
        contact.ifPresent(c -> contacts.optIn(c.addresses()));
        return contact;
    }

    @Transactional
    public boolean unsubscribed(CaseContact contact) {
        return !contacts.optedOut(contact.addresses()).isEmpty();
    }
}
