package org.reformhub.console.admin;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import org.reformhub.console.backend.AppealReferenceApi;
import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/**
 * {@code /app/admin/districts}: the city's districts (县区) — reference data the administrator keeps. A district is
 * written three ways (code, full name, short name), and a district office's accounts carry its code.
 */
@Path("/app/admin/districts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.ADMIN)
public class DistrictPages {

    static final String CODE = "[a-z][a-z0-9-]{1,29}";
    static final Map<String, String> LABELS = Map.of("code", "县区编码", "name", "全称", "shortName", "简称",
            "sortOrder", "排序");

    @CheckedTemplate(basePath = "DistrictPages")
    static class Templates {
        static native TemplateInstance districts(PageContext page, List<AppealReferenceApi.District> districts,
                                                 Map<String, String> errors, Map<String, String> typed,
                                                 Map<String, String> labels, String done);
    }

    private final CurrentViewer viewer;
    private final AppealReferenceApi appealReference;
    private final ReferenceData reference;
    private final Cache cachedDistricts;

    DistrictPages(CurrentViewer viewer, @RestClient AppealReferenceApi appealReference, ReferenceData reference,
                  @CacheName("districts") Cache cachedDistricts) {
        this.viewer = viewer;
        this.appealReference = appealReference;
        this.reference = reference;
        this.cachedDistricts = cachedDistricts;
    }

    @GET
    public TemplateInstance districts(@QueryParam("done") String done) {
        return list(Map.of(), Map.of(), "saved".equals(done) ? done : null);
    }

    /** Adds a district or changes one (by its code); unticking 启用 retires it: no new cases or sessions name it. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String code, @RestForm String name, @RestForm String shortName,
                         @RestForm String sortOrder, @RestForm String active) {
        Map<String, String> typed = Forms.typed("code", code, "name", name, "shortName", shortName, "sortOrder", sortOrder,
                "active", active == null ? "" : "on");
        String wanted = code == null ? "" : code.strip();
        if (!wanted.matches(CODE)) {
            return Forms.unprocessable(list(Map.of("code", "请填写 2–30 位小写字母、数字或连字符，以字母开头，如 hengqin"),
                    typed, null));
        }
        Integer order = sortOrder != null && sortOrder.strip().matches("\\d{1,3}") ? Integer.valueOf(sortOrder.strip()) : null;
        if (sortOrder != null && !sortOrder.isBlank() && order == null) {
            return Forms.unprocessable(list(Map.of("sortOrder", "请填写 1–999 的数字，或留空"), typed, null));
        }
        Response response = Forms.afterPost(() -> appealReference.saveDistrict(wanted, new AppealReferenceApi.DistrictSettings(
                Forms.blankToNull(name), Forms.blankToNull(shortName), order, active != null)),
                "/app/admin/districts?done=saved", errors -> list(errors, typed, null));
        if (response.getStatus() < 400) {
            cachedDistricts.invalidateAll().await().indefinitely();
        }
        return response;
    }

    private TemplateInstance list(Map<String, String> errors, Map<String, String> typed, String done) {
        Map<String, String> shown = typed.isEmpty() ? Map.of("active", "on") : typed;
        return Templates.districts(PageContext.of("县区", viewer.get(), "/app/admin/districts"), appealReference.districts().items(),
                errors, shown, LABELS, done);
    }
}
