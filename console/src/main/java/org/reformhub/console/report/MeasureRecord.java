package org.reformhub.console.report;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;

import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.Viewer;

/**
 * What a measure's page shows beside its reports: the table's own record (units, KPI values, remark), every change
 * to it, and for the office the enterprises' cases tagged with it. A part a service does not give this person (or
 * cannot give now) is left out rather than failing the page.
 */
public record MeasureRecord(RegistryApi.RegisteredMeasure registered, List<RegistryApi.Change> history,
                            List<AppealsApi.TaggedCase> cases, String superviseHref) {

    static MeasureRecord of(Viewer who, String programme, String code, RegistryApi registry, AppealsApi appeals) {
        RegistryApi.RegisteredMeasure registered = orNull(() -> registry.measure(programme, code));
        RegistryApi.History history = orNull(() -> registry.history(programme, code));
        AppealsApi.MeasureCases cases = who.isSupervisor() ? orNull(() -> appeals.measureCases(programme, code)) : null;
        String lead = registered == null || registered.leadUnits() == null || registered.leadUnits().isEmpty() ? ""
                : registered.leadUnits().get(0).code();
        return new MeasureRecord(registered, history == null || history.entries() == null ? List.of() : history.entries(),
                cases == null || cases.cases() == null ? List.of() : cases.cases(),
                who.isSupervisor() ? "/app/supervision?subjectKind=MEASURE&subjectRef=" + programme + "/" + code
                        + "&dept=" + lead + "#issue" : null);
    }

    private static <T> T orNull(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (WebApplicationException | jakarta.ws.rs.ProcessingException unavailable) {
            return null;
        }
    }
}
