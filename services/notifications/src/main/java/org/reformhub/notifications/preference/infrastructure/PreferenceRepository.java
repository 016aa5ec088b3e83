package org.reformhub.notifications.preference.infrastructure;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import org.reformhub.notifications.preference.domain.Preferences;

@ApplicationScoped
public class PreferenceRepository implements PanacheRepositoryBase<PreferenceRecord, String> {

    /** An owner without stored choices has {@link Preferences#NONE}. */
    public Preferences of(String ownerKey) {
        return findByIdOptional(ownerKey).map(PreferenceRecord::toPreferences).orElse(Preferences.NONE);
    }

    public void save(String ownerKey, Preferences preferences, Instant now) {
        var stored = findByIdOptional(ownerKey);
        PreferenceRecord record = stored.orElseGet(() -> new PreferenceRecord(ownerKey));
        record.set(preferences, now);
        if (stored.isEmpty()) {
            persist(record);
        }
    }
}
