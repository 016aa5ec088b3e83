package org.reformhub.appeals.measure.domain;

import java.util.List;

/**
 * A reform measure as the registry last announced it (reform.registry events): what an appeal can be tagged
 * with, and the text appeals are matched against.
 */
public class KnownMeasure {

    private String programme;
    private String code;
    private String title;
    private String domain;

    /** Title, practice and work items: what an appeal's text is compared with. */
    private String matchText;
    private List<String> leadUnits;
    private boolean archived;
    private long version;

    protected KnownMeasure() {
        // JPA (mapped in META-INF/orm.xml)
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
