package org.reformhub.appeals.appeal.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.reformhub.appeals.appeal.domain.Appeal;
import org.reformhub.appeals.appeal.domain.Channel;
import org.reformhub.appeals.appeal.domain.FollowUpChannel;
import org.reformhub.appeals.appeal.domain.Outcome;
import org.reformhub.appeals.appeal.domain.Rating;

import static org.reformhub.appeals.appeal.api.AppealResource.CASE;
import static org.reformhub.appeals.appeal.api.AppealResource.DEPT;
import static org.reformhub.appeals.appeal.api.AppealResource.MEASURE_CODE;
import static org.reformhub.appeals.appeal.api.AppealResource.PROGRAMME;

/** What the appeal endpoints accept: each request with the limits a bad input is refused by (400, field by field). */
public final class AppealRequests {

    private AppealRequests() {
    }

    public record FileRequest(@Size(min = 18, max = 18) String uscc, @NotBlank @Size(max = 200) String enterpriseName,
                              @NotBlank @Size(max = 50) String contactPerson,
                              @NotBlank @Pattern(regexp = "[0-9+\\- ]{7,20}", message = "{reformhub.phone}") String phone,
                              @Email @Size(max = 200) String email, @NotBlank @Size(max = 30) String category,
                              Boolean urgent, @NotBlank @Size(max = 200) String title,
                              @NotBlank @Size(max = 5000) String description,
                              @NotBlank @Size(max = 50) String district, Channel channel) {
        Appeal.Filing filing() {
            return new Appeal.Filing(uscc, enterpriseName, contactPerson, phone, email, category, Boolean.TRUE.equals(urgent),
                    title, description, district, channel);
        }
    }

    public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    public record AssignRequest(@NotNull @Pattern(regexp = DEPT) String leadUnit,
                                @Size(max = 10) List<@NotNull @Pattern(regexp = DEPT) String> cooperatingUnits) {
    }

    public record AnswerRequest(@NotNull Outcome outcome, @NotBlank @Size(max = 5000) String answer, LocalDate committedDate) {
    }

    public record RateRequest(@NotNull Rating rating, @Size(max = 1000) String comment) {
    }

    /** 回访: the score the enterprise gave on the follow-up (5 非常满意 … 1 非常不满意), how it was reached, who called. */
    public record FollowUpRatingRequest(@NotNull @Min(1) @Max(5) Integer score, @NotNull FollowUpChannel channel,
                                        @Size(max = 1000) String comment, @NotBlank @Size(max = 100) String calledBy) {
    }

    /** The district (code, full or short name) whose office is to handle the case, and why. */
    public record HandToDistrictRequest(@NotBlank @Size(max = 50) String district, @Size(max = 2000) String reason) {
    }

    public record TakeUpRequest(@Size(max = 2000) String reason) {
    }

    public record ExtendRequest(@NotNull LocalDate dueDate, @NotBlank @Size(max = 2000) String reason) {
    }

    public record MeasureTag(@NotNull @Pattern(regexp = PROGRAMME) String programme, @NotNull @Pattern(regexp = MEASURE_CODE) String code) {
    }

    public record TagRequest(@NotNull @Size(max = 20) List<@NotNull @Valid MeasureTag> measures) {
    }

    public record MergeRequest(@NotNull @Pattern(regexp = CASE) String original) {
    }
}
