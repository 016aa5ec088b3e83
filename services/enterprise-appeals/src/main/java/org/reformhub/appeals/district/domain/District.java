package org.reformhub.appeals.district.domain;

/**
 * A district (县区) of the city with its own business-environment office: 香洲区, 横琴粤澳深度合作区 and so on.
 * Reference data an administrator keeps. People write a district three ways — its code ({@code hengqin}), its full
 * name (横琴粤澳深度合作区) or its usual short name (横琴) — and every one of them means the same district.
 */
public class District {

    private String code;
    private String name;
    private String shortName;
    private int sortOrder;
    private boolean active;
    private long version;

    protected District() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public District(String code, String name, String shortName, int sortOrder) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    /** Whether {@code given} names this district: its code, full name or short name, as typed (spaces aside). */
    public boolean isNamedBy(String given) {
        String g = given == null ? "" : given.strip();
        return g.equalsIgnoreCase(code) || g.equals(name) || g.equals(shortName);
    }

    public void describe(String name, String shortName, int sortOrder, boolean active) {
        this.name = name;
        this.shortName = shortName;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    public String code() { return code; }
    public String name() { return name; }
    public String shortName() { return shortName; }
    public int sortOrder() { return sortOrder; }
    public boolean active() { return active; }
    public long version() { return version; }
}
