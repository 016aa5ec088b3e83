package org.reformhub.appeals.district.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A district (县区) of the city with its own business-environment office: 香洲区, 横琴粤澳深度合作区 and so on.
 * Reference data an administrator keeps. People write a district three ways — its code ({@code hengqin}), its full
 * name (横琴粤澳深度合作区) or its usual short name (横琴) — and every one of them means the same district.
 */
@Entity
@Table(name = "district")
public class District {

    @Id
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "short_name", nullable = false)
    private String shortName;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected District() {
        // JPA
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
