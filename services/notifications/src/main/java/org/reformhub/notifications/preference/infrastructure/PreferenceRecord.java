package org.reformhub.notifications.preference.infrastructure;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.reformhub.notifications.preference.domain.Preferences;

/** The stored form of one owner's {@link Preferences}. */
@Entity
@Table(name = "preference")
public class PreferenceRecord {

    @Id
    @Column(name = "owner_key")
    String ownerKey;

    String email;

    @Column(nullable = false)
    String muted;

    @Column(name = "quiet_from")
    LocalTime quietFrom;

    @Column(name = "quiet_until")
    LocalTime quietUntil;

    @Column(name = "daily_digest", nullable = false)
    boolean dailyDigest;

    @Column(name = "updated_at", nullable = false)
    Instant updatedAt;

    protected PreferenceRecord() {
        // JPA
    }

    PreferenceRecord(String ownerKey) {
        this.ownerKey = ownerKey;
    }

    Preferences toPreferences() {
        return new Preferences(Optional.ofNullable(email), Preferences.parseMuted(muted), Optional.ofNullable(quietFrom),
                Optional.ofNullable(quietUntil), dailyDigest);
    }

    void set(Preferences p, Instant now) {
        email = p.email().orElse(null);
        muted = p.mutedText();
        quietFrom = p.quietFrom().orElse(null);
        quietUntil = p.quietUntil().orElse(null);
        dailyDigest = p.dailyDigest();
        updatedAt = now;
    }
}
