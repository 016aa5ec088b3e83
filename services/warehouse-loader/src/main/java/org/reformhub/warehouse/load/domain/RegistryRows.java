package org.reformhub.warehouse.load.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.reformhub.kernel.event.CloudEvent;
import org.reformhub.kernel.event.registry.PublishedDepartment;
import org.reformhub.kernel.event.registry.PublishedMeasure;
import org.reformhub.kernel.event.registry.PublishedProgramme;

import static org.reformhub.kernel.event.read.EventFields.required;
import static org.reformhub.warehouse.load.domain.EventRows.eventTime;

/**
 * The rows of the registry's events, read by the kernel's one reader of each (as every consumer reads them); the
 * warehouse also needs the time stamps and version the other consumers may do without.
 */
final class RegistryRows {

    private RegistryRows() {
    }

    static void programme(CloudEvent event, List<StarRow> rows) {
        PublishedProgramme p = PublishedProgramme.of(event);
        rows.add(new StarRow.Programme(p.code(), p.title(), p.issuingBody(), p.documentNumber(), p.issuedOn(), p.status(),
                required(p.createdAt(), "createdAt"), p.version()));
    }

    static void measure(CloudEvent event, List<StarRow> rows) {
        PublishedMeasure m = PublishedMeasure.of(event);
        Instant asOf = required(m.updatedAt(), "updatedAt");
        List<String> leads = unitCodes(m.leadUnits(), asOf, rows);
        List<String> cooperating = unitCodes(m.cooperatingUnits(), asOf, rows);
        rows.add(new StarRow.Measure(m.programme() + "/" + m.code(), m.programme(), m.code(), m.list(), m.domain(),
                m.title(), leads, cooperating, m.deadline().kind(), m.deadline().date(),
                m.statedStatus(), m.archived(), required(m.createdAt(), "createdAt"), m.requireVersion()));
    }

    /** The units a measure names, as codes; each also names its department (late-arriving dimension members). */
    private static List<String> unitCodes(List<PublishedMeasure.Unit> units, Instant asOf, List<StarRow> rows) {
        List<String> codes = new ArrayList<>();
        for (PublishedMeasure.Unit unit : units) {
            codes.add(required(unit.code(), "a unit's code"));
            rows.add(StarRow.Department.named(unit.code(), unit.name().isEmpty() ? null : unit.name(), asOf));
        }
        return codes;
    }

    static void department(CloudEvent event, List<StarRow> rows) {
        PublishedDepartment d = PublishedDepartment.of(event);
        rows.add(StarRow.Department.announced(d.code(), d.name(), d.kind(), d.mergedInto(), d.needsReview(),
                eventTime(event), d.requireVersion()));
    }
}
