package org.reformhub.progress.measure.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A measure as the registry last announced it (from a {@code reform.registry.measure.*} event): what this
 * service needs to know who reports on what, by when. {@code version} is the registry's.
 */
public record RegisteredMeasure(String programme, String code, String list, String area, String title,
                                List<Unit> leadUnits, List<Unit> cooperatingUnits, List<String> workItems,
                                String deadlineKind, LocalDate deadlineDate, String statedStatus, String remark,
                                boolean archived, long version) {

    /** A responsible unit (责任单位) by department code and name. */
    public record Unit(String code, String name) {
    }

    public RegisteredMeasure {
        leadUnits = List.copyOf(leadUnits);
        cooperatingUnits = List.copyOf(cooperatingUnits);
        workItems = List.copyOf(workItems);
    }

    /** Lead or cooperating: the department owes reports on this measure. */
    public boolean isResponsible(String department) {
        return leadUnits.stream().anyMatch(u -> u.code().equals(department))
                || cooperatingUnits.stream().anyMatch(u -> u.code().equals(department));
    }
}
