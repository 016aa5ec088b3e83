package org.reformhub.progress.measure.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A programme (改革批次) as the registry last announced it: its title heads the regenerated table. */
@Entity
@Table(name = "tracked_programme")
public class TrackedProgramme {

    @Id
    private String code;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String status;

    @Column(name = "registry_version", nullable = false)
    private long registryVersion;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected TrackedProgramme() {
        // JPA
    }

    public static TrackedProgramme of(String code, String title, String status, long version, Instant now) {
        TrackedProgramme programme = new TrackedProgramme();
        programme.code = code;
        programme.registryVersion = -1;
        programme.apply(title, status, version, now);
        return programme;
    }

    /** Newer announcements only, like measures: replays and redeliveries change nothing. */
    public boolean apply(String title, String status, long version, Instant now) {
        if (version <= registryVersion) {
            return false;
        }
        this.title = title;
        this.status = status;
        this.registryVersion = version;
        this.updatedAt = now;
        return true;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String status() {
        return status;
    }
}
