package org.reformhub.notifications.preference.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.cache.CacheInvalidate;
import io.quarkus.cache.CacheKey;
import io.quarkus.cache.CacheResult;

import org.reformhub.kernel.security.Caller;
import org.reformhub.kernel.security.Roles;
import org.reformhub.notifications.preference.domain.Preferences;
import org.reformhub.notifications.preference.infrastructure.PreferenceRepository;
import org.reformhub.notifications.rule.domain.Recipient;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.notifications.preference.domain.PreferenceRejection;


/**
 * Reads and saves preferences: a caller's own (as a user, or as its enterprise), and a department's (its officers,
 * supervisors and admins).
 */
@ApplicationScoped
public class ManagePreferences {

    private final PreferenceRepository preferences;

    public ManagePreferences(PreferenceRepository preferences) {
        this.preferences = preferences;
    }

    /** An enterprise account's choices are its enterprise's (its messages are addressed by USCC); others' their own. */
    public String ownKey(Caller caller) {
        if (caller.hasRole(Roles.ENTERPRISE) && caller.uscc().isPresent()) {
            return Recipient.enterprise(caller.uscc().get()).key();
        }
        return Recipient.user(caller.subject()).key();
    }

    public String departmentKey(Caller caller, String dept) {
        if (!caller.mayActForDepartment(dept)) {
            throw new RejectedException(new PreferenceRejection.OwnUnitOnly());
        }
        return Recipient.department(dept).key();
    }

    /** For a delivery being planned: joins its transaction; held briefly (see application.properties). */
    @Transactional(Transactional.TxType.MANDATORY)
    @CacheResult(cacheName = "preferences")
    public Preferences of(String ownerKey) {
        return preferences.of(ownerKey);
    }

    @Transactional
    public Preferences read(String ownerKey) {
        return preferences.of(ownerKey);
    }

    @Transactional
    @CacheInvalidate(cacheName = "preferences")
    public Preferences save(@CacheKey String ownerKey, Preferences choices) {
        preferences.save(ownerKey, choices, Instant.now());
        return choices;
    }
}
