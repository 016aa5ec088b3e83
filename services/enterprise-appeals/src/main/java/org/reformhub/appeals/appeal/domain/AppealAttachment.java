package org.reformhub.appeals.appeal.domain;

import java.util.UUID;

import org.reformhub.kernel.file.store.StoredFile;

/** A file of a case (证明材料, 答复函): its name, what it really is, and where its bytes are (by SHA-256). */
public class AppealAttachment {

    /** At most this many files per case. */
    public static final int MAX_PER_APPEAL = 10;

    private UUID id;
    private UUID appealId;
    private StoredFile file;

    protected AppealAttachment() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public AppealAttachment(UUID appealId, StoredFile file) {
        this.id = UUID.randomUUID();
        this.appealId = appealId;
        this.file = file;
    }

    public UUID id() {
        return id;
    }

    public UUID appealId() {
        return appealId;
    }

    public StoredFile file() {
        return file;
    }
}
