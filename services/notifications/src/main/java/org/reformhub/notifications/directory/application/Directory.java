package org.reformhub.notifications.directory.application;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;

import org.reformhub.notifications.directory.domain.DepartmentContact;
import org.reformhub.notifications.directory.infrastructure.DepartmentContactRepository;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.notifications.directory.domain.DirectoryRejection;


/** The department catalogue: learned from the registry's events, completed by each department's IT team. */
@ApplicationScoped
public class Directory {

    /** What a department's IT team sets: head contact and webhook (the secret is write-only). */
    public record Channels(String headEmail, String webhookUrl, String webhookSecret) {
    }

    /** Where a department's messages go, as a value (held briefly in memory: every notification asks). */
    public record Addresses(Optional<String> email, Optional<String> webhookUrl) {
        static final Addresses NONE = new Addresses(Optional.empty(), Optional.empty());
    }

    private final DepartmentContactRepository contacts;

    public Directory(DepartmentContactRepository contacts) {
        this.contacts = contacts;
    }

    /** Joins the consumer's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    @CacheInvalidate(cacheName = "department-addresses")
    public void catalogued(@CacheKey String code, String name, String email, String mergedInto) {
        Instant now = Instant.now();
        Optional<DepartmentContact> known = contacts.findByIdOptional(code);
        DepartmentContact contact = known.orElseGet(() -> new DepartmentContact(code, name, now));
        contact.catalogued(name, email, mergedInto, now);
        if (known.isEmpty()) {
            contacts.persist(contact);
        }
    }

    /** A department's e-mail and webhook (its own, or those of the department it was merged into). */
    @Transactional(Transactional.TxType.MANDATORY)
    @CacheResult(cacheName = "department-addresses")
    public Addresses addresses(String code) {
        return find(code).map(c -> new Addresses(c.email(), c.webhookUrl())).orElse(Addresses.NONE);
    }

    /** A department and where its messages go; one merged into another hands its messages on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<DepartmentContact> find(String code) {
        Optional<DepartmentContact> found = contacts.findByIdOptional(code);
        for (int hops = 0; found.isPresent() && found.get().mergedInto().isPresent() && hops < 5; hops++) {
            found = contacts.findByIdOptional(found.get().mergedInto().get());
        }
        return found;
    }

    @Transactional
    public List<DepartmentContact.DepartmentContactView> list() {
        return contacts.all().stream().map(DepartmentContact::view).toList();
    }

    @Transactional
    public DepartmentContact.DepartmentContactView view(String code) {
        return contacts.findByIdOptional(code).map(DepartmentContact::view)
                .orElseThrow(() -> new RejectedException(new DirectoryRejection.UnknownDepartment(code)));
    }

    @Transactional
    @CacheInvalidate(cacheName = "department-addresses")
    public DepartmentContact.DepartmentContactView setChannels(@CacheKey String code, Channels channels) {
        Instant now = Instant.now();
        // a department the registry has not announced yet (its seed catalogue is not published as events) is kept
        // under its code; the registry's next event about it fills in name and e-mail
        Optional<DepartmentContact> known = contacts.findByIdOptional(code);
        DepartmentContact contact = known.orElseGet(() -> new DepartmentContact(code, code, now));
        if (channels.webhookUrl() != null) {
            URI uri = parse(channels.webhookUrl());
            if (uri == null || !"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new RejectedException(new DirectoryRejection.WebhookUrlRefused());
            }
            if (channels.webhookSecret() == null && contact.webhookSecret().isEmpty()) {
                throw new RejectedException(new DirectoryRejection.WebhookSecretMissing());
            }
        }
        contact.channels(channels.headEmail(), channels.webhookUrl(), channels.webhookSecret(), now);
        if (known.isEmpty()) {
            contacts.persist(contact);
        }
        return contact.view();
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
