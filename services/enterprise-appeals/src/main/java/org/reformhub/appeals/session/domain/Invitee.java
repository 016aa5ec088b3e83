package org.reformhub.appeals.session.domain;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Who a session invites (联席会议): an enterprise of the agenda (by its 统一社会信用代码, with its cases) or a handling
 * unit (by its department code), and whether it came.
 */
public class Invitee {

    @Schema(name = "InviteeKind") // its name in the API documents (a generated client's type)
    public enum Kind { ENTERPRISE, UNIT }

    private Kind kind;

    /** The enterprise's USCC or the unit's department code. */
    private String ref;
    private String name;

    /** The agenda's cases this invitee is asked about, comma-separated. */
    private String cases;

    /** Null until attendance is recorded. */
    private Boolean attended;

    protected Invitee() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public Invitee(Kind kind, String ref, String name, List<String> cases) {
        this.kind = kind;
        this.ref = ref;
        this.name = name;
        this.cases = String.join(",", cases);
    }

    void attended(Boolean attended) {
        this.attended = attended;
    }

    public Kind kind() { return kind; }
    public String ref() { return ref; }
    public String name() { return name; }
    public List<String> cases() { return cases.isEmpty() ? List.of() : Arrays.asList(cases.split(",")); }
    public Boolean attended() { return attended; }
}
