package org.reformhub.console.appeal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.reformhub.console.backend.Answers;
import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.backend.AppealReferenceApi;
import org.reformhub.console.backend.BackendProblem;
import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.CityDates;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.ListView;
import org.reformhub.console.shell.ListWorkbook;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;
import org.reformhub.console.shell.Words;
import org.reformhub.kernel.city.DepartmentCode;

/**
 * The case queues: the office's (every case, {@code /app/appeals}) and each person's own ({@code /app/my/appeals}:
 * an enterprise's filings, a unit's assignments). Filters, order and page live in the URL and are applied by the
 * service; the same view exports as .xlsx; the office can act on a selection at once, each case still through the
 * workflow (a step a case's state does not allow is refused for that case and reported).
 */
@Path("/app")
@Produces(MediaType.TEXT_HTML)
public class AppealQueuePage {

    static final List<String> SORTS = List.of("filedAt", "-filedAt", "dueDate", "-dueDate");
    static final List<String> BULK_ACTIONS = List.of("accept", "assign", "extend");
    /** At most this many cases in one bulk action: each is a call of its own. */
    static final int BULK_LIMIT = 100;

    @CheckedTemplate(basePath = "AppealQueuePage")
    static class Templates {
        static native TemplateInstance queue(PageContext page, ListView view, List<AppealsApi.AppealSummary> appeals,
                                             boolean office, List<String> statuses, List<AppealReferenceApi.Category> categories,
                                             List<String> districts, List<RegistryApi.Department> units);

        static native TemplateInstance bulkResult(PageContext page, String action, List<String> done,
                                                  Map<String, String> refused, String back, Map<String, String> errors);
    }

    /** The filters of a queue, as the URL carries them. */
    public static class Filters {
        @QueryParam("status") String status;
        @QueryParam("category") String category;
        @QueryParam("district") String district;
        @QueryParam("unit") String unit;
        @QueryParam("q") String text;
        @QueryParam("awaiting") String awaiting;
        @QueryParam("overdue") String overdue;
        @QueryParam("sort") String sort;
        @QueryParam("page") String page;

        ListView view(String path, boolean office, String defaultSort, List<String> districts) {
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put("q", ListView.words(text, 100));
            kept.put("status", ListView.oneOf(status, AppealPages.STATUSES));
            kept.put("category", ListView.code(category, "[a-z][a-z0-9-]{1,29}"));
            kept.put("district", ListView.oneOf(district, districts));
            if (office) {
                kept.put("unit", ListView.code(unit, DepartmentCode.PATTERN));
            }
            kept.put("awaiting", "true".equals(awaiting) ? "true" : null);
            kept.put("overdue", "true".equals(overdue) ? "true" : null);
            return ListView.of(path, kept, ListView.sort(sort, SORTS, defaultSort), ListView.pageAsked(page));
        }
    }

    private final ReferenceData reference;
    private final CurrentViewer viewer;
    private final AppealsApi appeals;

    AppealQueuePage(ReferenceData reference, CurrentViewer viewer, @RestClient AppealsApi appeals) {
        this.reference = reference;
        this.viewer = viewer;
        this.appeals = appeals;
    }

    @GET
    @Path("/appeals")
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public TemplateInstance officeQueue(@BeanParam Filters filters) {
        return queue(filters.view("/app/appeals", true, "dueDate", reference.districtNames()), true, "诉求办理");
    }

    @GET
    @Path("/my/appeals")
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public TemplateInstance myQueue(@BeanParam Filters filters) {
        Viewer who = viewer.get();
        // the units work from the nearest time limit; an enterprise sees its newest first
        ListView view = filters.view("/app/my/appeals", false, who.isEnterprise() ? "-filedAt" : "dueDate",
                reference.districtNames());
        return queue(view, false, who.isEnterprise() ? "我的诉求" : who.isDepartment() ? "本单位诉求" : "诉求办理");
    }

    @GET
    @Path("/appeals.xlsx")
    @Produces(ListWorkbook.MEDIA_TYPE)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response officeExport(@BeanParam Filters filters) {
        return export(filters.view("/app/appeals", true, "dueDate", reference.districtNames()));
    }

    @GET
    @Path("/my/appeals.xlsx")
    @Produces(ListWorkbook.MEDIA_TYPE)
    @RolesAllowed({Viewer.ENTERPRISE, Viewer.DEPARTMENT, Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response myExport(@BeanParam Filters filters) {
        return export(filters.view("/app/my/appeals", false, "dueDate", reference.districtNames()));
    }

    /** One step on every selected case; each is refused or done on its own, and the page says which. */
    @POST
    @Path("/appeals/bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.DISTRICT, Viewer.ADMIN})
    public Response bulk(@RestForm("case") List<String> cases, @RestForm String action, @RestForm String leadUnit,
                         @RestForm String dueDate, @RestForm String reason, @RestForm String back) {
        String returnTo = back != null && back.startsWith("/app/appeals") && !back.contains("//") ? back : "/app/appeals";
        List<String> selected = cases == null ? List.of()
                : cases.stream().filter(c -> c != null && c.matches("ZTC-\\d{6}-\\d{5}")).distinct().toList();
        Map<String, String> errors = new LinkedHashMap<>();
        if (selected.isEmpty()) {
            errors.put("case", "请至少勾选一件诉求");
        } else if (selected.size() > BULK_LIMIT) {
            errors.put("case", "一次最多处理 " + BULK_LIMIT + " 件，请缩小范围");
        }
        if (!BULK_ACTIONS.contains(action)) {
            errors.put("action", "请选择要执行的操作");
        }
        if ("assign".equals(action) && (leadUnit == null || leadUnit.isBlank())) {
            errors.put("leadUnit", "交办时请选择承办单位");
        }
        LocalDate newDue = null;
        if ("extend".equals(action)) {
            newDue = Forms.DateInput.of(dueDate).value();
            if (newDue == null) {
                errors.put("dueDate", Forms.NOT_A_DATE);
            }
            if (reason == null || reason.isBlank()) {
                errors.put("reason", "延期时请写明理由");
            }
        }
        if (!errors.isEmpty()) {
            return Forms.unprocessable(Templates.bulkResult(page(), action, List.of(), Map.of(),
                    returnTo, errors));
        }
        List<String> done = new ArrayList<>();
        Map<String, String> refused = new LinkedHashMap<>();
        for (String caseNumber : selected) {
            LocalDate due = newDue;
            Supplier<Response> call = switch (action) {
                case "accept" -> () -> appeals.accept(caseNumber);
                case "assign" -> () -> appeals.assign(caseNumber, new AppealsApi.Assignment(leadUnit.strip(), List.of()));
                default -> () -> appeals.extend(caseNumber, new AppealsApi.Extension(due, reason.strip()));
            };
            try (Response answer = Answers.of(call)) {
                if (answer.getStatus() / 100 == 2) {
                    done.add(caseNumber);
                } else if (answer.getStatus() >= 500 || answer.getStatus() == 401) {
                    refused.put(caseNumber, "服务暂时不可用，未处理");
                } else {
                    BackendProblem problem = BackendProblem.of(answer);
                    refused.put(caseNumber, problem.detail() == null ? problem.title() : problem.detail());
                }
            }
        }
        return Response.ok(Templates.bulkResult(page(), action, done, refused, returnTo, Map.of()).render(), Forms.HTML)
                .build();
    }

    private PageContext page() {
        return PageContext.of("批量办理结果", viewer.get(), "/app/appeals");
    }

    private TemplateInstance queue(ListView asked, boolean office, String title) {
        AppealsApi.Listing<AppealsApi.AppealSummary> found = search(asked, asked.offset(), asked.size());
        ListView view = asked.withTotal(found.total());
        Viewer who = viewer.get();
        List<RegistryApi.Department> units = office
                ? reference.departments() : List.of();
        return Templates.queue(PageContext.of(title, who, view.path()), view, found.items(), office, AppealPages.STATUSES,
                reference.categories(), who.isDistrictOffice() ? List.of() : reference.districtNames(), units);
    }

    private Response export(ListView view) {
        return ListWorkbook.download("企业诉求", List.of("编号", "企业名称", "诉求标题", "类别", "所在区", "状态", "承办单位",
                "紧急", "办理时限", "提交时间"), ListWorkbook.rows(
                page -> search(view, page * ListWorkbook.PAGE, ListWorkbook.PAGE).items(),
                a -> List.of(a.caseNumber(), a.enterpriseName() == null ? "" : a.enterpriseName(), a.title(),
                        a.category(), a.districtName() != null ? a.districtName() : a.district() == null ? "" : a.district(), Words.appealStatus(a.status()),
                        a.leadUnit() == null ? "" : a.leadUnit(), a.urgent() ? "是" : "否", CityDates.cityDate(a.dueDate()),
                        CityDates.cityTime(a.filedAt()))));
    }

    private AppealsApi.Listing<AppealsApi.AppealSummary> search(ListView view, int offset, int limit) {
        return appeals.search(view.filterOrNull("status"), view.filterOrNull("category"), view.filterOrNull("district"),
                view.filterOrNull("unit"), view.filterOrNull("q"), view.filters().containsKey("awaiting") ? Boolean.TRUE : null,
                view.filters().containsKey("overdue") ? Boolean.TRUE : null, view.sort(), offset, limit);
    }

}
