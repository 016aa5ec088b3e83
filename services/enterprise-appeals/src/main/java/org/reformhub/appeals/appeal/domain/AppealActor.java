package org.reformhub.appeals.appeal.domain;

/**
 * Who acts on an appeal: staff of a supervision office, a handling unit (by department code), or an enterprise (by
 * USCC). Staff with an {@code office} are a district's office (县区营商办): the city office's work, for cases of
 * that district only; staff without one are the city's office and see every case.
 */
public record AppealActor(String name, boolean staff, String dept, String uscc, String office) {

    public AppealActor(String name, boolean staff, String dept, String uscc) {
        this(name, staff, dept, uscc, null);
    }

    /** The city's office (市营商办) or the system acting for it. */
    public boolean cityOffice() {
        return staff && office == null;
    }

    /** A district's office (县区营商办). */
    public boolean districtOffice() {
        return staff && office != null;
    }
}
