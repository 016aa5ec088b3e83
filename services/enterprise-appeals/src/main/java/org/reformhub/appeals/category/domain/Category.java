package org.reformhub.appeals.category.domain;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * An appeal category (诉求类别) of the catalogue: who handles it by default and in how many working days it
 * must be answered (a shorter limit for urgent cases). Edited by admins; a retired category takes no new appeals.
 */
public class Category {

    private String code;
    private String name;
    private String defaultUnit;
    private int timeLimitDays;
    private int urgentTimeLimitDays;
    private boolean active;
    private long version;

    protected Category() {
        // JPA (mapped in META-INF/orm.xml)
    }

    public Category(String code, String name, String defaultUnit, int timeLimitDays, int urgentTimeLimitDays) {
        this.code = code;
        this.active = true;
        describe(name, defaultUnit, timeLimitDays, urgentTimeLimitDays, true);
    }

    /** @return why the settings are refused (nothing changed then), or empty when they are now in force */
    public java.util.Optional<CategoryRejection> describe(String name, String defaultUnit, int timeLimitDays,
                                                         int urgentTimeLimitDays, boolean active) {
        if (urgentTimeLimitDays > timeLimitDays) {
            return java.util.Optional.of(new CategoryRejection.UrgentLimitLonger());
        }
        this.name = name;
        this.defaultUnit = defaultUnit;
        this.timeLimitDays = timeLimitDays;
        this.urgentTimeLimitDays = urgentTimeLimitDays;
        this.active = active;
        return java.util.Optional.empty();
    }

    public int timeLimit(boolean urgent) {
        return urgent ? urgentTimeLimitDays : timeLimitDays;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String defaultUnit() {
        return defaultUnit;
    }

    public int timeLimitDays() {
        return timeLimitDays;
    }

    public int urgentTimeLimitDays() {
        return urgentTimeLimitDays;
    }

    public boolean active() {
        return active;
    }

    public long version() {
        return version;
    }
}
