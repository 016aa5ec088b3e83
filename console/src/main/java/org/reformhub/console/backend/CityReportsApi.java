package org.reformhub.console.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** The 企业直通车 service's reports as the console calls them: the monthly figures, the city reports (月报, 专报) and the units' assessment. */
@RegisterRestClient(configKey = "appeals")
@RegisterClientHeaders(ViewerToken.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CityReportsApi {

    /** 月报 figures of a month: the whole city with the districts side by side, or one district's. */
    @GET
    @Path("/monthly-reports/{month}")
    MonthlyReport monthlyReport(@PathParam("month") String month, @QueryParam("district") String district);

    @GET
    @Path("/monthly-reports/{month}.docx")
    @Produces(MediaType.WILDCARD)
    Response monthlyReportDocument(@PathParam("month") String month, @QueryParam("district") String district);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Figures(int received, int accepted, int answered, Double answeredOnTimePercent, Double resolvedPercent, int rated,
                   Double satisfactionPercent, Double averageWorkingDaysToAnswer, int reopened) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unresolved(String caseNumber, String enterpriseName, String title, String category, String leadUnit, String status,
                      LocalDate dueDate, boolean overdue, boolean supervised, LocalDate committedDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record MonthlyReport(String month, LocalDate asOf, String district, Figures total,
                         java.util.Map<String, Figures> byDistrict, java.util.Map<String, Figures> byUnit,
                         java.util.Map<String, Figures> byCategory, List<Unresolved> unresolved) {
    }

    /** The units' handling of cases, ranked (the assessment of the months so far). */
    @GET
    @Path("/assessment")
    Assessment assessment();

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Assessment(String from, String to, List<UnitFigures> units) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnitFigures(String unit, int assigned, int answered, Double onTimeRate, Double satisfactionRate, int reopened,
                       double score, int rank) {
    }

    // reports to the city government (月报 and 专题报告), each kept as the Word document that was sent

    @GET
    @Path("/city-reports")
    AppealsApi.Listing<CityReport> cityReports(@QueryParam("limit") int limit);

    @GET
    @Path("/city-reports/{id}")
    CityReport cityReport(@PathParam("id") java.util.UUID id);

    @POST
    @Path("/city-reports/monthly")
    Response publishMonthly(Month month);

    @POST
    @Path("/city-reports/special")
    Response publishSpecial(SpecialReport report);

    @GET
    @Path("/city-reports/{id}/document")
    @Produces(MediaType.WILDCARD)
    Response cityReportDocument(@PathParam("id") java.util.UUID id);

    record Month(String month) {
    }

    record SpecialReport(String title, String summary, List<String> cases) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CityReport(java.util.UUID id, String kind, String month, String title, String summary, List<String> caseNumbers,
                      String publishedBy, Instant publishedAt) {
    }
}
