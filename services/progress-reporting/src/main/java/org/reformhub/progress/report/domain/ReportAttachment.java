package org.reformhub.progress.report.domain;

import java.util.UUID;

import org.reformhub.kernel.file.store.StoredFile;

/** An evidence file (佐证材料) of a report: its name, what it really is, and where its bytes are (by SHA-256). */
public class ReportAttachment {

    /** At most this many files per report. */
    public static final int MAX_PER_REPORT = 10;

    private UUID id;
    private UUID reportId;
    private StoredFile file;

    protected ReportAttachment() {
        // JPA (mapped in META-INF/orm.xml)
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
