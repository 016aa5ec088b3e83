package org.reformhub.registry.measure.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import org.reformhub.registry.measure.infrastructure.MeasureRepository;
import org.reformhub.registry.programme.application.ManageProgrammes;
import org.reformhub.registry.programme.domain.ProgrammeSnapshot;
import org.reformhub.registry.programme.domain.ProgrammeStatus;

/**
 * Aggregates the municipal portal may show without login (served by the gateway under /public/registry):
 * one programme's measures by list and domain. Without {@code ?programme=}, the current programme (the
 * newest active one).
 */
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicSummaryResource {

    public record Summary(@Schema(nullable = true) String programme, @Schema(nullable = true) String title, long measures, Map<String, Long> byList,
                          Map<String, Long> byDomain) {
    }

    private final MeasureRepository measures;
    private final ManageProgrammes programmes;

    public PublicSummaryResource(MeasureRepository measures, ManageProgrammes programmes) {
        this.measures = measures;
        this.programmes = programmes;
    }

    @Operation(operationId = "getPublicSummary", summary = "公开：改革举措概况 / Public: read the measures' summary")
    @APIResponse(responseCode = "200", description = "公开概况 / the public summary",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicSummaryResource.Summary.class)))
    @APIResponse(responseCode = "404", description = "没有这个计划 / no such programme")
    @GET
    @Path("/summary")
    @PermitAll
    public Response summary(@QueryParam("programme") @Pattern(regexp = MeasureResource.PROGRAMME) String programme) {
        Summary summary = QuarkusTransaction.requiringNew().call(() -> summaryOf(programme));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(summary).cacheControl(cache).build();
    }

    private Summary summaryOf(String requested) {
        List<ProgrammeSnapshot> all = programmes.list();
        ProgrammeSnapshot programme = requested != null ? programmes.get(requested)
                : all.stream().filter(p -> p.status() == ProgrammeStatus.ACTIVE).findFirst()
                        .or(() -> all.stream().findFirst()).orElse(null);
        if (programme == null) {
            // a platform without any programme yet: nothing to count
            return new Summary(null, null, 0, Map.of(), Map.of());
        }
        Map<String, Long> byList = new TreeMap<>();
        Map<String, Long> byDomain = new TreeMap<>();
        long total = 0;
        for (Object[] row : measures.countsByListAndArea(programme.code())) {
            long count = (Long) row[2];
            byList.merge(row[0].toString(), count, Long::sum);
            byDomain.merge((String) row[1], count, Long::sum);
            total += count;
        }
        return new Summary(programme.code(), programme.description().title(), total, byList, byDomain);
    }
}
