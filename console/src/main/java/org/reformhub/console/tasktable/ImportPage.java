package org.reformhub.console.tasktable;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import org.reformhub.console.backend.Answers;
import org.reformhub.console.backend.BackendProblem;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/**
 * {@code /app/imports}: the office uploads a task-division table (.txt, .docx or .xlsx) into a programme, sees what
 * the import would create, change and archive (the registry's dry run: nothing is saved), then confirms. The
 * confirmation sends the very file that was previewed: it travels in the preview page's form, so the console keeps
 * no state between the two steps and any instance can take the second.
 */
@Path("/app/imports")
@Produces(MediaType.TEXT_HTML)
public class ImportPage {

    /** The registry's own limit; a larger file is refused here, before it is sent. */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final Map<String, String> MEDIA_TYPES = Map.of(
            "txt", "text/plain; charset=UTF-8",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final Map<String, String> FIELD_LABELS = Map.of("programme", "任务代码", "file", "任务分工表文件",
            "title", "任务名称", "issuingBody", "印发单位", "documentNumber", "文号", "issuedOn", "印发日期");

    @CheckedTemplate(basePath = "ImportPage")
    static class Templates {
        static native TemplateInstance upload(PageContext page, List<RegistryApi.Programme> programmes,
                                              Map<String, String> typed, Map<String, String> errors,
                                              Map<String, String> labels);

        static native TemplateInstance preview(PageContext page, RegistryApi.ImportPreview preview, Upload upload);

        static native TemplateInstance done(PageContext page, RegistryApi.ImportPreview result);
    }

    /** What the two steps carry: the table and where it goes. */
    public record Upload(String programme, String title, String issuingBody, String documentNumber, String issuedOn,
                         String fileName, String extension, String document) {
    }

    private final CurrentViewer viewer;
    private final RegistryApi registry;

    ImportPage(CurrentViewer viewer, @RestClient RegistryApi registry) {
        this.viewer = viewer;
        this.registry = registry;
    }

    @GET
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public TemplateInstance form() {
        return upload(Map.of(), Map.of());
    }

    /** Step one: the dry run. */
    @POST
    @Path("/preview")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response preview(@RestForm String programme, @RestForm String title, @RestForm String issuingBody,
                            @RestForm String documentNumber, @RestForm String issuedOn,
                            @RestForm("file") FileUpload file) throws IOException {
        Map<String, String> typed = Forms.typed("programme", programme, "title", title, "issuingBody", issuingBody,
                "documentNumber", documentNumber, "issuedOn", issuedOn);
        Map<String, String> errors = new LinkedHashMap<>();
        String code = Forms.blankToNull(programme);
        if (code == null) {
            errors.put("programme", "请填写任务代码（小写字母、数字和连字符，如 zh-2026）");
        }
        String extension = file == null || file.fileName() == null ? "" : Forms.extension(file.fileName());
        if (file == null || file.fileName() == null || file.fileName().isBlank() || file.size() == 0) {
            errors.put("file", "请选择要导入的任务分工表文件");
        } else if (!MEDIA_TYPES.containsKey(extension)) {
            errors.put("file", "只能导入 .txt、.docx 或 .xlsx 文件");
        } else if (file.size() > MAX_BYTES) {
            errors.put("file", "文件超过 5 MB，请检查是否选错了文件");
        }
        if (!errors.isEmpty()) {
            return Forms.unprocessable(upload(typed, errors));
        }
        byte[] document = Files.readAllBytes(file.uploadedFile());
        Upload upload = new Upload(code, Forms.blankToNull(title), Forms.blankToNull(issuingBody),
                Forms.blankToNull(documentNumber), Forms.blankToNull(issuedOn), file.fileName(), extension,
                Base64.getEncoder().encodeToString(document));
        return send(upload, document, true, typed);
    }

    /** Step two: the same file, for real. */
    @POST
    @Path("/confirm")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Viewer.SUPERVISOR, Viewer.ADMIN})
    public Response confirm(@RestForm String programme, @RestForm String title, @RestForm String issuingBody,
                            @RestForm String documentNumber, @RestForm String issuedOn, @RestForm String fileName,
                            @RestForm String extension, @RestForm String document) {
        Map<String, String> typed = Forms.typed("programme", programme, "title", title, "issuingBody", issuingBody,
                "documentNumber", documentNumber, "issuedOn", issuedOn);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(document == null ? "" : document);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length == 0 || bytes.length > MAX_BYTES || !MEDIA_TYPES.containsKey(extension)) {
            return Forms.unprocessable(upload(typed, Map.of("file", "预览的文件没有随确认一起提交，请重新选择文件并预览")));
        }
        Upload upload = new Upload(Forms.blankToNull(programme), Forms.blankToNull(title), Forms.blankToNull(issuingBody),
                Forms.blankToNull(documentNumber), Forms.blankToNull(issuedOn), fileName, extension, document);
        return send(upload, bytes, false, typed);
    }

    private Response send(Upload upload, byte[] document, boolean dryRun, Map<String, String> typed) {
        try (Response answer = Answers.of(() -> registry.importTable(upload.programme(), dryRun, upload.title(),
                upload.issuingBody(), upload.documentNumber(), upload.issuedOn(), MEDIA_TYPES.get(upload.extension()),
                document))) {
            if (answer.getStatus() / 100 == 2) {
                RegistryApi.ImportPreview result = answer.readEntity(RegistryApi.ImportPreview.class);
                Viewer who = viewer.get();
                TemplateInstance page = dryRun
                        ? Templates.preview(PageContext.of("导入预览", who, "/app/imports"), result, upload)
                        : Templates.done(PageContext.of("导入完成", who, "/app/imports"), result);
                return Response.ok(page.render(), Forms.HTML).build();
            }
            if (answer.getStatus() >= 500 || answer.getStatus() == 401) {
                throw new WebApplicationException(answer.getStatus());
            }
            BackendProblem problem = BackendProblem.of(answer);
            Map<String, String> errors = new LinkedHashMap<>(problem.byField());
            if (errors.isEmpty()) {
                // the table itself was refused (unreadable, too large, no measures): that is about the file
                errors.put("file", problem.detail() == null ? problem.title() : problem.detail());
            }
            return Forms.unprocessable(upload(typed, errors));
        }
    }

    private TemplateInstance upload(Map<String, String> typed, Map<String, String> errors) {
        return Templates.upload(PageContext.of("导入任务分工表", viewer.get(), "/app/imports"),
                registry.programmes().items(), typed, errors, FIELD_LABELS);
    }
}
