package org.reformhub.appeals.open311.api;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.rest.ProblemException;
import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.appeals.appeal.api.AppealResource;
import org.reformhub.appeals.appeal.application.ReadAppeals;
import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.AppealRejection;
import org.reformhub.appeals.category.application.CategoryCatalogue;
import org.reformhub.appeals.category.domain.Category;
import org.reformhub.appeals.open311.domain.GeoReport;

import static org.reformhub.appeals.AppealTexts.text;

/**
 * A read-only Open311 GeoReport v2 view (gateway {@code /public/appeals/open311/v2/…}, no login) for civic
 * tools: the categories as services and the cases' public status as service requests. JSON only; errors stay
 * problem+json like the rest of the platform.
 */
@Path("/public/open311/v2")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class GeoReportResource {

    /** GeoReport's defaults: the last 90 days, at most 1,000 requests. */
    static final Duration DEFAULT_WINDOW = Duration.ofDays(90);
    static final int MAX_REQUESTS = 1000;

    public record Service(@JsonProperty("service_code") String serviceCode, @JsonProperty("service_name") String serviceName,
                          String description, boolean metadata, String type, String keywords, String group) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ServiceRequest(@JsonProperty("service_request_id") String serviceRequestId, String status,
                                 @JsonProperty("status_notes") String statusNotes,
                                 @JsonProperty("service_name") String serviceName,
                                 @JsonProperty("service_code") String serviceCode,
                                 @Schema(nullable = true) @JsonProperty("agency_responsible") String agencyResponsible,
                                 @JsonProperty("requested_datetime") OffsetDateTime requestedDatetime,
                                 @JsonProperty("updated_datetime") OffsetDateTime updatedDatetime,
                                 @JsonProperty("expected_datetime") OffsetDateTime expectedDatetime, String address) {
    }

    private final CategoryCatalogue categories;
    private final ReadAppeals appeals;
    private final org.reformhub.appeals.district.application.Districts districts;

    public GeoReportResource(CategoryCatalogue categories, ReadAppeals appeals,
                             org.reformhub.appeals.district.application.Districts districts) {
        this.districts = districts;
        this.categories = categories;
        this.appeals = appeals;
    }

    @Operation(operationId = "listOpen311Services",
            summary = "Open311：服务（诉求类别）列表 / Open311: list services (appeal categories)")
    @GET
    @Path("services.json")
    public List<Service> services() {
        return categories.all().stream().filter(Category::active).map(c -> new Service(c.code(), c.name(),
                c.name() + "类企业诉求，" + c.timeLimitDays() + "个工作日内答复（紧急" + c.urgentTimeLimitDays() + "个工作日）",
                false, "realtime", "企业直通车", "企业诉求")).toList();
    }

    /** Cases filed in [start_date, end_date) (default: the last 90 days), newest first, at most 1,000. */
    @Operation(operationId = "listOpen311Requests", summary = "Open311：公开的诉求列表 / Open311: list public service requests")
    @GET
    @Path("requests.json")
    public List<ServiceRequest> requests(@QueryParam("service_request_id") @Pattern(regexp = "ZTC-\\d{6}-\\d{5}(,ZTC-\\d{6}-\\d{5}){0,49}") String ids,
                                         @QueryParam("service_code") @Pattern(regexp = "[a-z0-9_-]{1,30}") String serviceCode,
                                         @QueryParam("status") @Pattern(regexp = "open|closed") String status,
                                         @QueryParam("start_date") String startDate, @QueryParam("end_date") String endDate) {
        Map<String, String> names = categories.names();
        Map<String, String> places = districts.shortNames();
        if (ids != null) {
            return Arrays.stream(ids.split(",")).distinct().flatMap(id -> appeals.find(id).stream())
                    .map(a -> request(a, names, places)).toList();
        }
        Instant end = instant("end_date", endDate, Instant.now());
        Instant start = instant("start_date", startDate, end.minus(DEFAULT_WINDOW));
        if (!start.isBefore(end) || Duration.between(start, end).toDays() > 366) {
            throw ProblemException.invalid(text("open311.range"),
                    List.of(new Problem.FieldError("start_date", text("open311.range-field"))));
        }
        return appeals.filedBetween(start, end, serviceCode, status == null ? null : "open".equals(status), MAX_REQUESTS)
                .stream().map(a -> request(a, names, places)).toList();
    }

    @Operation(operationId = "getOpen311Request", summary = "Open311：一件公开的诉求 / Open311: read a public service request")
    @GET
    @Path("requests/{id}.json")
    public List<ServiceRequest> request(@PathParam("id") @Pattern(regexp = AppealResource.CASE) String id) {
        Appeal appeal = appeals.find(id).orElseThrow(() -> new RejectedException(new AppealRejection.UnknownAppeal(id)));
        return List.of(request(appeal, categories.names(), districts.shortNames()));
    }

    /** The address is the district's short name (a public view: never the enterprise's own address). */
    private static ServiceRequest request(Appeal a, Map<String, String> names, Map<String, String> places) {
        return new ServiceRequest(a.caseNumber(), GeoReport.status(a.status()), GeoReport.statusNotes(a.status()),
                names.getOrDefault(a.category(), a.category()), a.category(), a.leadUnit(), GeoReport.cityTime(a.filedAt()),
                GeoReport.cityTime(a.updatedAt()), GeoReport.expected(a.dueDate()),
                places.getOrDefault(a.district(), a.district()));
    }

    private static Instant instant(String field, String text, Instant otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(text("open311.date-time", field),
                    List.of(new Problem.FieldError(field, text("open311.date-time-field"))));
        }
    }
}
