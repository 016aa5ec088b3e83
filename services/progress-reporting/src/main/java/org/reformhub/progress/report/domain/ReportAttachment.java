package org.reformhub.progress.report.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An evidence file (佐证材料) of a report: its name, what it really is, and where its bytes are (by SHA-256). */
@Entity
@Table(name = "report_attachment")
public class ReportAttachment {

    /** At most this many bytes per file and files per report. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_PER_REPORT = 10;

    @Id
    private UUID id;

    @Column(name = "report_id", nullable = false)
    private UUID reportId;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private long size;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ReportAttachment() {
        // JPA
    }

    public ReportAttachment(UUID reportId, String fileName, String mediaType, long size, String sha256, String uploadedBy,
                            Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
