package org.reformhub.progress.measure.domain;

import java.time.Instant;

/** A programme (改革批次) as the registry last announced it: its title heads the regenerated table. */
public class TrackedProgramme {

    private String code;
    private String title;
    private String status;
    private long registryVersion;
    private Instant updatedAt;

    protected TrackedProgramme() {
        // JPA (mapped in META-INF/orm.xml)
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
