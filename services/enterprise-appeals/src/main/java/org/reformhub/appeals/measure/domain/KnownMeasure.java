package org.reformhub.appeals.measure.domain;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A reform measure as the registry last announced it (reform.registry events): what an appeal can be tagged
 * with, and the text appeals are matched against.
 */
@Entity
@Table(name = "known_measure")
@IdClass(MeasureRef.class)
public class KnownMeasure {

    @Id
    private String programme;

    @Id
    private String code;

    @Column(nullable = false, columnDefinition = "text")
    private String title;

    @Column(nullable = false)
    private String domain;

    /** Title, practice and work items: what an appeal's text is compared with. */
    @Column(name = "match_text", nullable = false, columnDefinition = "text")
    private String matchText;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "lead_units", nullable = false)
    private List<String> leadUnits;

    @Column(nullable = false)
    private boolean archived;

    @Column(nullable = false)
    private long version;

    protected KnownMeasure() {
        // JPA
    }

    public KnownMeasure(String programme, String code, String title, String domain, String matchText, List<String> leadUnits,
                        boolean archived, long version) {
        this.programme = programme;
        this.code = code;
        this.title = title;
        this.domain = domain;
        this.matchText = matchText;
        this.leadUnits = List.copyOf(leadUnits);
        this.archived = archived;
        this.version = version;
    }

    /** Takes the announced state when it is newer than the one held (events may arrive again or late). */
    public boolean learn(KnownMeasure announced) {
        if (announced.version <= version) {
            return false;
        }
        title = announced.title;
        domain = announced.domain;
        matchText = announced.matchText;
        leadUnits = announced.leadUnits;
        archived = announced.archived;
        version = announced.version;
        return true;
    }

    public MeasureRef ref() { return new MeasureRef(programme, code); }
    public String programme() { return programme; }
    public String code() { return code; }
    public String title() { return title; }
    public String domain() { return domain; }
    public String matchText() { return matchText; }
    public List<String> leadUnits() { return List.copyOf(leadUnits); }
    public boolean archived() { return archived; }
    public long version() { return version; }
}
