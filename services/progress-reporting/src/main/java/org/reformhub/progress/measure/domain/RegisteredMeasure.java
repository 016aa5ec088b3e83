package org.reformhub.progress.measure.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A measure as the registry last announced it (from a {@code reform.registry.measure.*} event): what this
 * service needs to know who reports on what, by when, and to write the table back. {@code version} is the
 * registry's.
 */
public record RegisteredMeasure(String programme, String code, String list, String area, String title, String practice,
                                List<Unit> leadUnits, List<Unit> cooperatingUnits, List<String> workItems,
                                String deadlineKind, LocalDate deadlineDate, String deadlineText, String statedStatus,
                                String remark, List<KpiDefinition> kpis, boolean archived, Instant createdAt, long version) {

    /** A responsible unit (责任单位) by department code and name. */
    public record Unit(String code, String name) {
    }

    public RegisteredMeasure {
        leadUnits = List.copyOf(leadUnits);
        cooperatingUnits = List.copyOf(cooperatingUnits);
        workItems = List.copyOf(workItems);
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        practice = practice == null ? "" : practice;
    }

    /** Lead or cooperating: the department owes reports on this measure. */
    public boolean isResponsible(String department) {
        return leads(department) || cooperatingUnits.stream().anyMatch(u -> u.code().equals(department));
    }

    /** A lead unit (牵头单位) writes the consolidated report that sets the status. */
    public boolean leads(String department) {
        return leadUnits.stream().anyMatch(u -> u.code().equals(department));
    }

    public boolean ongoing() {
        return "ONGOING".equals(deadlineKind);
    }

    /** The status the table stated, as the measure's first official status. */
    public MeasureStatus statedAsStatus() {
        return switch (statedStatus) {
            case "COMPLETED" -> MeasureStatus.COMPLETED;
            case "IN_PROGRESS" -> ongoing() ? MeasureStatus.ONGOING : MeasureStatus.IN_PROGRESS;
            default -> MeasureStatus.NOT_STARTED;
        };
    }
}
