package org.reformhub.console.backend;

import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The task registry's department catalogue: the units a case can be handed to. */
@RegisterRestClient(configKey = "registry")
@RegisterClientHeaders(ViewerToken.class)
@Produces(MediaType.APPLICATION_JSON)
public interface RegistryApi {

    @GET
    @Path("/departments")
    Departments departments();

    @GET
    @Path("/programmes")
    Programmes programmes();

    /** A task table sent as it is (text, Word or Excel); {@code dryRun} answers what it would do and changes nothing. */
    @POST
    @Path("/imports")
    @Consumes(MediaType.WILDCARD)
    Response importTable(@QueryParam("programme") String programme, @QueryParam("dryRun") boolean dryRun,
                         @QueryParam("title") String title, @QueryParam("issuingBody") String issuingBody,
                         @QueryParam("documentNumber") String documentNumber, @QueryParam("issuedOn") String issuedOn,
                         @HeaderParam("Content-Type") String mediaType, byte[] document);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ImportPreview(boolean dryRun, ImportedProgramme programme, long created, long updated, long unchanged,
                         List<PlannedMeasure> measures, List<Department> newDepartments, List<Warning> warnings) {
        public long archived() {
            return measures == null ? 0 : measures.stream().filter(m -> "ARCHIVED".equals(m.action())).count();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ImportedProgramme(String code, String title, String action) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlannedMeasure(String code, String action, List<String> changedFields, String domain, String title,
                          List<Unit> leadUnits, String deadlineText, String statedStatus) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unit(String code, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Warning(String kind, String where, String message) {
    }

    /** A measure as the table states it: units with names, KPI values, the remark. */
    @GET
    @Path("/measures/{programme}/{code}")
    RegisteredMeasure measure(@jakarta.ws.rs.PathParam("programme") String programme,
                              @jakarta.ws.rs.PathParam("code") String code);

    /** Every change to a measure: when, by whom, from which source, field by field. */
    @GET
    @Path("/measures/{programme}/{code}/history")
    History history(@jakarta.ws.rs.PathParam("programme") String programme, @jakarta.ws.rs.PathParam("code") String code);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RegisteredMeasure(String programme, String code, String practice, List<Unit> leadUnits,
                             List<Unit> cooperatingUnits, String deadlineText, String remark, String statedStatus,
                             List<Kpi> kpis) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Kpi(String name, String unit, java.math.BigDecimal baseline, java.math.BigDecimal target) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record History(List<Change> entries) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Change(java.time.Instant changedAt, String changedBy, String source, List<FieldChange> changes) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FieldChange(String field) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Programmes(List<Programme> items, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Programme(String code, String title, String status, String issuingBody, String documentNumber,
                     java.time.LocalDate issuedOn) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Departments(List<Department> items, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Department(String code, String name, String mergedInto) {
        public boolean current() {
            return mergedInto == null;
        }
    }
}
