package org.reformhub.appeals.cityreport.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.reformhub.kernel.file.store.StoredFile;

/**
 * A report sent to the city government: the monthly report (月报) of a month, or a special report (专题报告)
 * on chosen unresolved matters. Published once and frozen: the Word document as sent is kept, so what the city
 * received can always be shown again, whatever happened to the cases since.
 */
public class CityReport {

    @Schema(name = "CityReportKind") // its name in the API documents (a generated client's type)
    public enum Kind { MONTHLY, SPECIAL }

    private UUID id;
    private Kind kind;

    /** yyyy-MM for a monthly report. */
    private String month;
    private String title;
    private String summary;
    private List<String> caseNumbers;
    private StoredFile document;

    protected CityReport() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public CityReport(Kind kind, String month, String title, String summary, List<String> caseNumbers, StoredFile document) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.month = month;
        this.title = title;
        this.summary = summary;
        this.caseNumbers = List.copyOf(caseNumbers);
        this.document = document;
    }

    public UUID id() { return id; }
    public Kind kind() { return kind; }
    public String month() { return month; }
    public String title() { return title; }
    public String summary() { return summary; }
    public List<String> caseNumbers() { return List.copyOf(caseNumbers); }
    public StoredFile document() { return document; }
    public String publishedBy() { return document.uploadedBy(); }
    public Instant publishedAt() { return document.uploadedAt(); }
}
