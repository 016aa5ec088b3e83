package org.reformhub.console.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import org.reformhub.console.backend.AppealsApi;
import org.reformhub.console.backend.AppealReferenceApi;
import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/**
 * {@code /app/admin/categories}: the appeal categories (诉求类别) — who handles each by default and in how many
 * working days — kept by the administrator, and each category's reply templates (答复模板), kept by the office.
 */
@Path("/app/admin/categories")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
public class CategoryPages {

    static final String CODE = "[a-z][a-z0-9-]{1,29}";
    static final Map<String, String> LABELS = Map.of("code", "代码", "name", "名称", "defaultUnit", "默认承办单位",
            "timeLimitDays", "办理时限", "urgentTimeLimitDays", "紧急件办理时限", "title", "模板名称", "body", "模板内容");
    static final List<String> DONE = List.of("saved", "created", "template-added", "template-saved", "template-removed");

    @CheckedTemplate(basePath = "CategoryPages")
    static class Templates {
        static native TemplateInstance categories(PageContext page, List<AppealReferenceApi.Category> categories,
                                                  Map<String, String> unitNames, List<RegistryApi.Department> units,
                                                  boolean canEdit, Map<String, String> errors, Map<String, String> typed,
                                                  Map<String, String> labels, String done);

        static native TemplateInstance category(PageContext page, AppealReferenceApi.Category category,
                                                List<RegistryApi.Department> units, List<AppealReferenceApi.ReplyTemplate> templates,
                                                boolean canEdit, Map<String, String> errors, Map<String, String> typed,
                                                Map<String, String> labels, String editing, String done);
    }

    private final CurrentViewer viewer;
    private final AppealsApi appeals;
    private final AppealReferenceApi appealReference;
    private final ReferenceData reference;
    private final Cache cachedCategories;

    CategoryPages(CurrentViewer viewer, @RestClient AppealsApi appeals, @RestClient AppealReferenceApi appealReference,
                  ReferenceData reference, @CacheName("categories") Cache cachedCategories) {
        this.viewer = viewer;
        this.appeals = appeals;
        this.appealReference = appealReference;
        this.reference = reference;
        this.cachedCategories = cachedCategories;
    }

    @GET
    public TemplateInstance categories(@QueryParam("done") String done) {
        return list(Map.of(), Map.of(), done != null && DONE.contains(done) ? done : null);
    }

    /** A new category (administrator only). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.ADMIN)
    public Response create(@RestForm String code, @RestForm String name, @RestForm String defaultUnit,
                           @RestForm String timeLimitDays, @RestForm String urgentTimeLimitDays) {
        Map<String, String> typed = Forms.typed("code", code, "name", name, "defaultUnit", defaultUnit,
                "timeLimitDays", timeLimitDays, "urgentTimeLimitDays", urgentTimeLimitDays);
        String wanted = code == null ? "" : code.strip();
        Map<String, String> problems = dayProblems(timeLimitDays, urgentTimeLimitDays);
        if (!wanted.matches(CODE)) {
            problems.put("code", "请填写 2–30 位小写字母、数字或连字符，以字母开头，如 export-trade");
        } else if (reference.categories().stream().anyMatch(c -> c.code().equals(wanted))) {
            problems.put("code", "已有代码为 " + wanted + " 的类别，请换一个代码，或到该类别页修改");
        }
        if (!problems.isEmpty()) {
            return Forms.unprocessable(list(problems, typed, null));
        }
        return saved(Forms.afterPost(() -> appealReference.saveCategory(wanted, settings(name, defaultUnit, timeLimitDays,
                urgentTimeLimitDays, true)), "/app/admin/categories/" + wanted + "?done=created", errors -> list(errors, typed, null)));
    }

    @GET
    @Path("/{code}")
    public TemplateInstance category(@PathParam("code") String code, @QueryParam("done") String done,
                                     @QueryParam("edit") String edit) {
        return page(code, Map.of(), Map.of(), edit, done != null && DONE.contains(done) ? done : null);
    }

    /** The category's settings (administrator only); unticking 启用 retires it: no new appeals in it. */
    @POST
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Viewer.ADMIN)
    public Response save(@PathParam("code") String code, @RestForm String name, @RestForm String defaultUnit,
                         @RestForm String timeLimitDays, @RestForm String urgentTimeLimitDays, @RestForm String active) {
        Map<String, String> typed = Forms.typed("name", name, "defaultUnit", defaultUnit, "timeLimitDays", timeLimitDays,
                "urgentTimeLimitDays", urgentTimeLimitDays, "active", active == null ? "" : "on");
        Map<String, String> problems = dayProblems(timeLimitDays, urgentTimeLimitDays);
        if (!problems.isEmpty()) {
            return Forms.unprocessable(page(code, problems, typed, null, null));
        }
        return saved(Forms.afterPost(() -> appealReference.saveCategory(known(code).code(), settings(name, defaultUnit, timeLimitDays,
                        urgentTimeLimitDays, active != null)), "/app/admin/categories/" + code + "?done=saved",
                errors -> page(code, errors, typed, null, null)));
    }

    @POST
    @Path("/{code}/templates")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addTemplate(@PathParam("code") String code, @RestForm String title, @RestForm String body) {
        Map<String, String> typed = Forms.typed("title", title, "body", body);
        return Forms.afterPost(() -> appealReference.addReplyTemplate(known(code).code(), text(title, body)),
                "/app/admin/categories/" + code + "?done=template-added#templates", errors -> page(code, errors, typed, null, null));
    }

    /** A template reworded: its form opens in place ({@code ?edit=id}), errors come back beside its own fields. */
    @POST
    @Path("/{code}/templates/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rewordTemplate(@PathParam("code") String code, @PathParam("id") UUID id, @RestForm String title,
                                   @RestForm String body) {
        Map<String, String> typed = Forms.typed("title", title, "body", body);
        return Forms.afterPost(() -> appealReference.rewordReplyTemplate(known(code).code(), id, text(title, body)),
                "/app/admin/categories/" + code + "?done=template-saved#templates",
                errors -> page(code, errors, typed, id.toString(), null));
    }

    @POST
    @Path("/{code}/templates/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeTemplate(@PathParam("code") String code, @PathParam("id") UUID id) {
        return Forms.afterPost(() -> appealReference.removeReplyTemplate(known(code).code(), id),
                "/app/admin/categories/" + code + "?done=template-removed#templates",
                errors -> page(code, errors, Map.of(), null, null));
    }

    private TemplateInstance list(Map<String, String> errors, Map<String, String> typed, String done) {
        List<RegistryApi.Department> units = reference.departments();
        Map<String, String> names = new LinkedHashMap<>();
        units.forEach(u -> names.put(u.code(), u.name()));
        return Templates.categories(PageContext.of("诉求类别", viewer.get(), "/app/admin/categories"),
                appealReference.categories().items(), names, units, viewer.get().isAdmin(), errors, typed, LABELS, done);
    }

    private TemplateInstance page(String code, Map<String, String> errors, Map<String, String> typed, String editing,
                                  String done) {
        AppealReferenceApi.Category category = known(code);
        Map<String, String> shown = new LinkedHashMap<>(typed);
        if (!typed.containsKey("name")) {
            shown.put("name", category.name());
            shown.put("defaultUnit", category.defaultUnit());
            shown.put("timeLimitDays", Integer.toString(category.timeLimitDays()));
            shown.put("urgentTimeLimitDays", Integer.toString(category.urgentTimeLimitDays()));
            shown.put("active", category.active() ? "on" : "");
        }
        return Templates.category(PageContext.of("诉求类别：" + category.name(), viewer.get(), ""), category,
                reference.departments(), appealReference.replyTemplates(code).items(), viewer.get().isAdmin(), errors, shown, LABELS,
                editing, done);
    }

    /** The category as the service has it now (not the minute-old copy); an unknown or malformed code is 404. */
    private AppealReferenceApi.Category known(String code) {
        if (code == null || !code.matches(CODE)) {
            throw new NotFoundException();
        }
        return appealReference.categories().items().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** A saved category shows at once in the filing form and the queue's filters. */
    private Response saved(Response answer) {
        if (answer.getStatus() == 303) {
            cachedCategories.invalidateAll().await().indefinitely();
        }
        return answer;
    }

    private static Map<String, String> dayProblems(String timeLimitDays, String urgentTimeLimitDays) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (days(timeLimitDays) == null) {
            problems.put("timeLimitDays", "请填写 1 到 60 之间的整数（工作日）");
        }
        if (days(urgentTimeLimitDays) == null) {
            problems.put("urgentTimeLimitDays", "请填写 1 到 60 之间的整数（工作日）");
        }
        return problems;
    }

    private static Integer days(String text) {
        try {
            int days = Integer.parseInt(text == null ? "" : text.strip());
            return days >= 1 && days <= 60 ? days : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static AppealReferenceApi.CategorySettings settings(String name, String defaultUnit, String timeLimitDays,
                                                        String urgentTimeLimitDays, boolean active) {
        return new AppealReferenceApi.CategorySettings(Forms.blankToNull(name), Forms.blankToNull(defaultUnit), days(timeLimitDays),
                days(urgentTimeLimitDays), active);
    }

    private static AppealReferenceApi.TemplateText text(String title, String body) {
        return new AppealReferenceApi.TemplateText(Forms.blankToNull(title), Forms.blankToNull(body));
    }
}
