package org.reformhub.kernel.city;

/**
 * A department's (unit's) code in the registry's catalogue (单位编码, e.g. {@code zwsj}): written like a programme code,
 * checked with this one pattern wherever a request names a unit.
 */
public final class DepartmentCode {

    /** For {@code @Pattern} and {@code @Path} templates, which need a constant. */
    public static final String PATTERN = ProgrammeCode.PATTERN;

    private DepartmentCode() {
    }

    public static boolean valid(String given) {
        return ProgrammeCode.valid(given);
    }
}
