package org.reformhub.console.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The 企业直通车 service's reference data as the console calls it: categories and their reply templates, districts, the working calendar. */
@RegisterRestClient(configKey = "appeals")
@RegisterClientHeaders(ViewerToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface AppealReferenceApi {

    @GET
    @Path("/categories")
    AppealsApi.Listing<Category> categories();

    @GET
    @Path("/districts")
    AppealsApi.Listing<District> districts();

    /** Creates or changes a district (admins); {@code active: false} retires it. */
    @PUT
    @Path("/admin/districts/{code}")
    Response saveDistrict(@PathParam("code") String code, DistrictSettings district);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record District(String code, String name, String shortName, int sortOrder, boolean active) {
    }

    record DistrictSettings(String name, String shortName, Integer sortOrder, Boolean active) {
    }

    /** Creates or replaces a category (admins); {@code active: false} retires it. */
    @PUT
    @Path("/admin/categories/{code}")
    Response saveCategory(@PathParam("code") String code, CategorySettings category);

    /** 答复模板 of a category, by title: units read them, the office keeps them. */
    @GET
    @Path("/categories/{code}/reply-templates")
    AppealsApi.Listing<ReplyTemplate> replyTemplates(@PathParam("code") String category);

    @POST
    @Path("/categories/{code}/reply-templates")
    Response addReplyTemplate(@PathParam("code") String category, TemplateText template);

    @PUT
    @Path("/categories/{code}/reply-templates/{id}")
    Response rewordReplyTemplate(@PathParam("code") String category, @PathParam("id") java.util.UUID id, TemplateText template);

    @DELETE
    @Path("/categories/{code}/reply-templates/{id}")
    Response removeReplyTemplate(@PathParam("code") String category, @PathParam("id") java.util.UUID id);

    record CategorySettings(String name, String defaultUnit, Integer timeLimitDays, Integer urgentTimeLimitDays,
                            Boolean active) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReplyTemplate(java.util.UUID id, String category, String title, String body, String updatedBy,
                         Instant updatedAt) {
    }

    record TemplateText(String title, String body) {
    }

    /** A year's days off and adjusted working days (public), and the administrator's replacement of them. */
    @GET
    @Path("/calendar/{year}")
    Year calendar(@PathParam("year") int year);

    @jakarta.ws.rs.PUT
    @Path("/admin/calendar/{year}")
    Response loadCalendar(@PathParam("year") int year, YearDays days);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Year(int year, boolean loaded, List<Day> days) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Day(LocalDate day, String kind, String holiday) {
    }

    record YearDays(List<Day> days) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Category(String code, String name, String defaultUnit, int timeLimitDays, int urgentTimeLimitDays,
                    boolean active) {
    }
}
