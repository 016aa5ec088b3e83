package org.reformhub.progress.dashboard.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.kernel.api.Page;
import org.reformhub.kernel.api.PublicResponses;
import org.reformhub.progress.dashboard.application.Dashboards;
import org.reformhub.progress.dashboard.domain.MeasureRow;
import org.reformhub.progress.dashboard.domain.MeasureState;
import org.reformhub.progress.dashboard.domain.Tally;
import org.reformhub.progress.measure.domain.RegisteredMeasure;
import org.reformhub.kernel.city.ProgrammeCode;
import org.reformhub.kernel.city.CityTime;

/**
 * What the public may see (the portal's widgets, through the gateway's {@code /public/progress/}): aggregates
 * and each measure's title, domain, lead unit, deadline and official status. No narrative, no internal notes,
 * no health reasons. Each answer carries an ETag ({@code If-None-Match} → 304) and may be cached for a short while.
 */
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicProgressResource {

    private static final String PROGRAMME = ProgrammeCode.PATTERN;

    public record Summary(String programme, String title, LocalDate asOf, int measures, Map<String, Integer> byStatus,
                          Map<String, Tally> byList, Map<String, Tally> byDomain, Double completedPercent, int overdue,
                          Instant lastUpdate) {
    }

    public record PublicMeasure(String programme, String code, String title, String list, String domain,
                                List<String> leadUnits, String deadlineKind, LocalDate deadline, String status,
                                Instant lastApprovedUpdate) {
        static PublicMeasure of(MeasureState s) {
            MeasureRow m = s.measure();
            return new PublicMeasure(m.programme(), m.code(), m.title(), m.list(), m.area(),
                    m.leadUnits().stream().map(RegisteredMeasure.Unit::name).toList(), m.deadlineKind(), m.deadlineDate(),
                    s.status().name(), m.approvedAt());
        }
    }

    /** A page of public measures, for the API document. */
    public record PublicMeasurePage(List<PublicMeasure> items, long total) {
    }

    private final Dashboards dashboards;
    private final ObjectMapper json;

    public PublicProgressResource(Dashboards dashboards, ObjectMapper json) {
        this.dashboards = dashboards;
        this.json = json;
    }

    @Operation(operationId = "getPublicProgressSummary", summary = "公开：进展概况 / Public: read the progress summary")
    @GET
    @Path("summary")
    @APIResponse(responseCode = "200", description = "the programme's figures (ETag; 304 for If-None-Match)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Summary.class)))
    @APIResponse(responseCode = "304", description = "unchanged since the ETag sent in If-None-Match")
    public Response summary(@QueryParam("programme") @Pattern(regexp = PROGRAMME) String programme,
                            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return PublicResponses.cached(ifNoneMatch, json, summaryOf(programme));
    }

    private Summary summaryOf(String programme) {
        String code = dashboards.programmeOrCurrent(programme);
        List<MeasureState> states = dashboards.states(code);
        Tally total = Tally.of(states);
        Map<String, Integer> byStatus = new java.util.LinkedHashMap<>();
        total.byStatus().forEach((k, v) -> byStatus.put(k.name(), v));
        Instant lastUpdate = states.stream().map(s -> s.measure().approvedAt()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Summary(code, dashboards.programmeTitle(code).orElse(null), CityTime.today(),
                total.measures(), byStatus, Dashboards.grouped(states, s -> s.measure().list()),
                Dashboards.grouped(states, s -> s.measure().area()), total.completedPercent(), total.overdue(), lastUpdate);
    }

    @Operation(operationId = "listPublicMeasures", summary = "公开：改革举措进展列表 / Public: list the measures' progress")
    @GET
    @Path("measures")
    @APIResponse(responseCode = "200", description = "every measure of the programme (ETag; 304 for If-None-Match)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicMeasurePage.class)))
    @APIResponse(responseCode = "304", description = "unchanged since the ETag sent in If-None-Match")
    public Response measures(@QueryParam("programme") @Pattern(regexp = PROGRAMME) String programme,
                             @HeaderParam("If-None-Match") String ifNoneMatch) {
        Page<PublicMeasure> page = Page.of(dashboards.states(dashboards.programmeOrCurrent(programme)).stream()
                .map(PublicMeasure::of).toList());
        return PublicResponses.cached(ifNoneMatch, json, page);
    }

    @Operation(operationId = "getPublicMeasure", summary = "公开：一项改革举措的进展 / Public: read a measure's progress")
    @GET
    @Path("measures/{programme}/{code}")
    @APIResponse(responseCode = "200", description = "one measure's public card (ETag; 304 for If-None-Match)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicMeasure.class)))
    @APIResponse(responseCode = "304", description = "unchanged since the ETag sent in If-None-Match")
    public Response measure(@PathParam("programme") @Pattern(regexp = PROGRAMME) String programme,
                            @PathParam("code") @Pattern(regexp = "\\d{1,2}-\\d{2,3}") String code,
                            @HeaderParam("If-None-Match") String ifNoneMatch) {
        return PublicResponses.cached(ifNoneMatch, json, PublicMeasure.of(dashboards.state(programme, code)));
    }
}
