package org.reformhub.registry.department.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** 责任单位 in the catalogue: the official name, the other names tables use for it, how to reach it. */
public class Department {

    private String code;
    private String name;
    private List<String> aliases = new ArrayList<>();
    private DepartmentKind kind;
    private String email;
    private String phone;

    /** Created by an import from a name nobody had catalogued: a supervisor should confirm or merge it. */
    private boolean needsReview;
    private String mergedInto;
    private Instant createdAt;
    private long version;

    protected Department() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public Department(String code, String name, DepartmentKind kind, boolean needsReview, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.needsReview = needsReview;
        this.createdAt = createdAt;
    }

    public DepartmentSnapshot snapshot() {
        return new DepartmentSnapshot(code, name, List.copyOf(aliases), kind, email, phone, needsReview, mergedInto, version);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public List<String> aliases() {
        return List.copyOf(aliases);
    }

    public boolean isMerged() {
        return mergedInto != null;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void describe(DepartmentKind kind, String email, String phone) {
        this.kind = kind;
        this.email = email;
        this.phone = phone;
    }

    public void setAliases(List<String> aliases) {
        this.aliases = new ArrayList<>(aliases.stream().distinct().filter(a -> !a.equals(name)).toList());
    }

    public void reviewed() {
        this.needsReview = false;
    }

    /**
     * Folds this department into {@code survivor}: its names become the survivor's aliases. Rejected (and
     * nothing changes) for a merge with itself or with a department merged before.
     */
    public Optional<DepartmentRejection> mergeInto(Department survivor) {
        if (survivor.code.equals(code)) {
            return Optional.of(new DepartmentRejection.MergeWithItself(code));
        }
        if (isMerged() || survivor.isMerged()) {
            return Optional.of(new DepartmentRejection.AlreadyMerged(isMerged() ? code : survivor.code));
        }
        List<String> names = new ArrayList<>(survivor.aliases);
        names.add(name);
        names.addAll(aliases);
        survivor.setAliases(names);
        this.mergedInto = survivor.code;
        this.aliases = new ArrayList<>();
        return Optional.empty();
    }
}
