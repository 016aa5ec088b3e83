package org.reformhub.console.appeal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.backend.AppealReferenceApi;
import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.shell.Choice;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/**
 * {@code /app/appeals/record}: the office records a difficulty that reached the city another way — the 12345 hotline,
 * a letter, a face-to-face session — for the enterprise named by its credit code. The case then runs as any other;
 * its timeline says how it came and who recorded it.
 */
@Path("/app/appeals/record")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
public class RecordAppealPage {

    static final List<Choice> CHANNELS = List.of(new Choice("HOTLINE_12345", "12345 热线"), new Choice("LETTER", "来信"),
            new Choice("FACE_TO_FACE_SESSION", "面对面会议"));
    static final Map<String, String> LABELS = labels();

    @CheckedTemplate(basePath = "RecordAppealPage")
    static class Templates {
        static native TemplateInstance record(PageContext page, Map<String, String> typed, Map<String, String> errors,
                                              Map<String, String> labels, List<Choice> channels,
                                              List<AppealReferenceApi.Category> categories, List<String> districts);
    }

    private final CurrentViewer viewer;
    private final AppealsApi appeals;
    private final ReferenceData reference;

    RecordAppealPage(CurrentViewer viewer, @RestClient AppealsApi appeals, ReferenceData reference) {
        this.viewer = viewer;
        this.appeals = appeals;
        this.reference = reference;
    }

    @GET
    public TemplateInstance form() {
        return page(Map.of("idempotencyKey", UUID.randomUUID().toString()), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@RestForm String channel, @RestForm String uscc, @RestForm String enterpriseName,
                           @RestForm String contactPerson, @RestForm String phone, @RestForm String email,
                           @RestForm String category, @RestForm String urgent, @RestForm String title,
                           @RestForm String description, @RestForm String district, @RestForm String idempotencyKey) {
        Map<String, String> typed = Forms.typed("channel", channel, "uscc", uscc, "enterpriseName", enterpriseName,
                "contactPerson", contactPerson, "phone", phone, "email", email, "category", category, "urgent",
                urgent == null ? "" : "on", "title", title, "description", description, "district", district,
                "idempotencyKey", idempotencyKey);
        String key = idempotencyKey == null || !idempotencyKey.matches("[0-9a-f-]{36}") ? UUID.randomUUID().toString()
                : idempotencyKey;
        if (channel == null || CHANNELS.stream().noneMatch(c -> c.code().equals(channel))) {
            return Forms.unprocessable(page(typed, Map.of("channel", "请选择诉求是从哪个渠道来的")));
        }
        if (uscc == null || uscc.isBlank()) {
            return Forms.unprocessable(page(typed, Map.of("uscc", "请填写企业的统一社会信用代码（18 位）")));
        }
        String upper = uscc.strip().toUpperCase(java.util.Locale.ROOT);
        return Forms.afterCreate(() -> appeals.record(key, new AppealsApi.StaffFiling(Forms.blankToNull(upper),
                        Forms.blankToNull(enterpriseName), Forms.blankToNull(contactPerson), Forms.blankToNull(phone),
                        Forms.blankToNull(email), Forms.blankToNull(category), urgent != null, Forms.blankToNull(title),
                        Forms.blankToNull(description), Forms.blankToNull(district), channel)),
                created -> "/app/appeals/" + created.path("caseNumber").asText() + "?done=recorded",
                errors -> page(typed, errors));
    }

    private TemplateInstance page(Map<String, String> typed, Map<String, String> errors) {
        return Templates.record(PageContext.of("登记诉求", viewer.get(), "/app/appeals"), typed, errors, LABELS, CHANNELS,
                reference.categories().stream().filter(AppealReferenceApi.Category::active).toList(), districtChoices());
    }

    /** Every active district for the city office; a district office records for its own district only. */
    private List<String> districtChoices() {
        Viewer who = viewer.get();
        return who.isDistrictOffice() && who.districtName() != null ? List.of(who.districtName()) : reference.districtNames();
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new java.util.HashMap<>(FilingPages.FIELD_LABELS);
        labels.put("channel", "来源渠道");
        return Map.copyOf(labels);
    }
}
