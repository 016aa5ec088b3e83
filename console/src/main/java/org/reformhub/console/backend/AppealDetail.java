package org.reformhub.console.backend;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A case as the case page shows it: the API's one flat object, read into small parts ({@code @JsonUnwrapped}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AppealDetail(String caseNumber, @JsonUnwrapped Enterprise enterprise, @JsonUnwrapped Matter matter,
                           @JsonUnwrapped Place place, String status, @JsonUnwrapped Handling handling,
                           @JsonUnwrapped Reply reply, @JsonUnwrapped Satisfaction satisfaction, Instant closedAt,
                           List<AppealsApi.Step> history) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Enterprise(String enterpriseName, String contactPerson, String phone, String email) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Matter(String category, boolean urgent, String title, String description) {
    }

    /** The district (code and name) and whether the city took the case up. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(String district, String districtName, boolean cityHandles) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Handling(String leadUnit, int timeLimitDays, Instant filedAt, LocalDate dueDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reply(String outcome, String answer, LocalDate committedDate, Instant answeredAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Satisfaction(String rating, String ratingComment, String ratingSource, String followUpChannel,
                               String followUpBy) {
    }
}
