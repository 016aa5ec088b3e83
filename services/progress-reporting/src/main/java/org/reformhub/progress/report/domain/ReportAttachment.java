package org.reformhub.progress.report.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.reformhub.kernel.file.store.StoredFile;

/** An evidence file (佐证材料) of a report: its name, what it really is, and where its bytes are (by SHA-256). */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment {

    /** At most this many files per report. */
    public static final int MAX_PER_REPORT = 10;

    @Id
    private UUID id;

    @Column(name = "report_id", nullable = false)
    private UUID reportId;

    @Embedded
    private StoredFile file;

    protected ReportAttachment() {
        // JPA
    }

    public ReportAttachment(UUID reportId, StoredFile file) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.file = file;
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public StoredFile file() {
        return file;
    }
}
