package org.reformhub.appeals.appeal.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.reformhub.kernel.file.store.StoredFile;

/** A file of a case (证明材料, 答复函): its name, what it really is, and where its bytes are (by SHA-256). */
@Entity
@Table(name = "appeal_attachment")
public class AppealAttachment {

    /** At most this many files per case. */
    public static final int MAX_PER_APPEAL = 10;

    @Id
    private UUID id;

    @Column(name = "appeal_id", nullable = false)
    private UUID appealId;

    @Embedded
    private StoredFile file;

    protected AppealAttachment() {
        // JPA
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
