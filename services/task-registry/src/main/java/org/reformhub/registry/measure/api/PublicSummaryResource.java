package org.reformhub.registry.measure.api;

import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.reformhub.registry.measure.infrastructure.MeasureRepository;

/** Aggregates the municipal portal may show without login (served by the gateway under /public/registry). */
@Path("/public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicSummaryResource {

    public record Summary(long measures, Map<String, Long> byList, Map<String, Long> byDomain) {
    }

    private final MeasureRepository measures;

    public PublicSummaryResource(MeasureRepository measures) {
        this.measures = measures;
    }

    @GET
    @Path("/summary")
    @PermitAll
    public Response summary() {
        Map<String, Long> byList = new TreeMap<>();
        Map<String, Long> byDomain = new TreeMap<>();
        long total = 0;
        for (Object[] row : measures.countsByListAndDomain()) {
            long count = (Long) row[2];
            byList.merge(row[0].toString(), count, Long::sum);
            byDomain.merge((String) row[1], count, Long::sum);
            total += count;
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(new Summary(total, byList, byDomain)).cacheControl(cache).build();
    }
}
