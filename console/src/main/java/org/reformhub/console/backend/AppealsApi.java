package org.reformhub.console.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The 企业直通车 service as the console calls it, with the person's own access token: what the console may
 * show and do is what the service lets that person see and do. Only the fields the pages use are read.
 */
@RegisterRestClient(configKey = "appeals")
@RegisterClientHeaders(ViewerToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AppealsApi {

    @GET
    @Path("/appeals")
    Listing<AppealSummary> appeals(@QueryParam("limit") int limit);

    @GET
    @Path("/appeals/{case}")
    AppealDetail appeal(@PathParam("case") String caseNumber);

    @GET
    @Path("/categories")
    Listing<Category> categories();

    /** Answers 201 with the case, or a problem (400/422 with field errors); the Idempotency-Key makes a retry file once. */
    @POST
    @Path("/appeals")
    Response file(@HeaderParam("Idempotency-Key") String idempotencyKey, Filing filing);

    @POST
    @Path("/appeals/{case}/accept")
    Response accept(@PathParam("case") String caseNumber);

    @POST
    @Path("/appeals/{case}/assign")
    Response assign(@PathParam("case") String caseNumber, Assignment assignment);

    @POST
    @Path("/appeals/{case}/answer")
    Response answer(@PathParam("case") String caseNumber, Answer answer);

    @POST
    @Path("/appeals/{case}/rate")
    Response rate(@PathParam("case") String caseNumber, Rating rating);

    record Assignment(String leadUnit, List<String> cooperatingUnits) {
    }

    record Answer(String outcome, String answer, java.time.LocalDate committedDate) {
    }

    record Rating(String rating, String comment) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Listing<T>(List<T> items, long total) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Category(String code, String name, int timeLimitDays, int urgentTimeLimitDays, boolean active) {
    }

    record Filing(String enterpriseName, String contactPerson, String phone, String email, String category,
                  Boolean urgent, String title, String description, String district) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AppealSummary(String caseNumber, String enterpriseName, String category, String title, String district,
                         String status, String leadUnit, Instant filedAt, LocalDate dueDate, boolean urgent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AppealDetail(String caseNumber, String enterpriseName, String contactPerson, String phone, String email,
                        String category, boolean urgent, String title, String description, String district, String status,
                        String leadUnit, int timeLimitDays, Instant filedAt, LocalDate dueDate, String outcome,
                        String answer, LocalDate committedDate, Instant answeredAt, String rating, String ratingComment,
                        List<Step> history) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Step(String action, String statusAfter, String actor, String actorDept, Instant at, String note) {
    }
}
