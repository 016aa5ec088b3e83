package org.reformhub.console.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.jboss.resteasy.reactive.RestForm;

import org.reformhub.console.backend.ReferenceData;
import org.reformhub.console.backend.RegistryApi;
import org.reformhub.console.shell.CurrentViewer;
import org.reformhub.console.shell.Forms;
import org.reformhub.console.shell.PageContext;
import org.reformhub.console.shell.Viewer;

/**
 * {@code /app/admin/accounts}: the platform administrator invites a department officer (who sets a password from
 * Keycloak's e-mail) or registers a department's system (a client with a secret, shown once), and can send anyone a
 * password-reset e-mail. Departments come from the registry's catalogue, so a token's {@code dept} is always a real one.
 */
@Path("/app/admin/accounts")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Viewer.ADMIN)
public class AccountPages {

    static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,39}";
    static final String CLIENT_ID = "[a-z0-9][a-z0-9-]{2,39}";
    static final Map<String, String> FIELD_LABELS = Map.of("username", "用户名", "name", "姓名", "email", "电子邮箱",
            "dept", "所属单位", "clientId", "系统标识", "systemName", "系统名称", "systemDept", "所属单位");

    @CheckedTemplate(basePath = "AccountPages")
    static class Templates {
        static native TemplateInstance accounts(PageContext page, List<Accounts.Account> accounts,
                                                List<RegistryApi.Department> departments, Map<String, String> typed,
                                                Map<String, String> errors, Map<String, String> labels, String done);

        static native TemplateInstance systemRegistered(PageContext page, String clientId, String secret, String dept);
    }

    private final ReferenceData reference;
    private final CurrentViewer viewer;
    private final Accounts accounts;

    AccountPages(ReferenceData reference, CurrentViewer viewer, Accounts accounts) {
        this.reference = reference;
        this.viewer = viewer;
        this.accounts = accounts;
    }

    @GET
    public TemplateInstance list() {
        return page(Map.of(), Map.of(), null);
    }

    @POST
    @Path("/officers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@RestForm String username, @RestForm String name, @RestForm String email, @RestForm String dept) {
        Map<String, String> typed = Forms.typed("username", username, "name", name, "email", email, "dept", dept);
        Map<String, String> errors = new LinkedHashMap<>();
        String login = username == null ? "" : username.strip();
        if (!login.matches(USERNAME)) {
            errors.put("username", "用户名为 3–40 位小写字母、数字、点、下划线或连字符，以字母或数字开头");
        }
        if (Forms.blankToNull(name) == null || name.strip().length() > 50) {
            errors.put("name", "请填写姓名（不超过 50 字）");
        }
        if (email == null || !email.strip().matches("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}")) {
            errors.put("email", "请填写有效的电子邮箱，邀请邮件会发到这里");
        }
        if (!knownDepartment(dept)) {
            errors.put("dept", "请选择所属单位");
        }
        if (errors.isEmpty()) {
            Accounts.Outcome outcome = accounts.inviteOfficer(login, name.strip(), email.strip(), dept);
            if (!outcome.refused()) {
                return Response.ok(page(Map.of(), Map.of(), "已向 " + email.strip() + " 发出邀请：" + login
                        + " 点击邮件中的链接设置密码后即可登录。").render(), Forms.HTML).build();
            }
            errors.put(outcome.field(), outcome.error());
        }
        return Forms.unprocessable(page(typed, errors, null));
    }

    @POST
    @Path("/systems")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response registerSystem(@RestForm String clientId, @RestForm String systemName, @RestForm String systemDept) {
        Map<String, String> typed = Forms.typed("clientId", clientId, "systemName", systemName, "systemDept", systemDept);
        Map<String, String> errors = new LinkedHashMap<>();
        String id = clientId == null ? "" : clientId.strip();
        if (!id.matches(CLIENT_ID)) {
            errors.put("clientId", "系统标识为 3–40 位小写字母、数字或连字符，如 swj-tax-system");
        }
        if (Forms.blankToNull(systemName) == null || systemName.strip().length() > 100) {
            errors.put("systemName", "请填写系统名称（不超过 100 字）");
        }
        if (!knownDepartment(systemDept)) {
            errors.put("systemDept", "请选择所属单位");
        }
        if (errors.isEmpty()) {
            Accounts.Outcome outcome = accounts.registerSystem(id, systemName.strip(), systemDept);
            if (!outcome.refused()) {
                return Response.ok(Templates.systemRegistered(PageContext.of("系统已登记", viewer.get(), "/app/admin/accounts"),
                        id, outcome.secret(), systemDept).render(), Forms.HTML).build();
            }
            errors.put(outcome.field(), outcome.error());
        }
        return Forms.unprocessable(page(typed, errors, null));
    }

    @POST
    @Path("/{username}/password-reset")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response passwordReset(@PathParam("username") String username) {
        boolean sent = username.matches(USERNAME) && accounts.sendPasswordReset(username);
        return Response.status(sent ? 200 : 422).type(Forms.HTML).entity(page(Map.of(),
                sent ? Map.of() : Map.of("action", "此账号没有电子邮箱，无法发送重置邮件"),
                sent ? "已向 " + username + " 的邮箱发送重置密码邮件。" : null).render()).build();
    }

    private boolean knownDepartment(String dept) {
        return dept != null && departments().stream().anyMatch(d -> d.code().equals(dept));
    }

    private List<RegistryApi.Department> departments() {
        return reference.departments();
    }

    private TemplateInstance page(Map<String, String> typed, Map<String, String> errors, String done) {
        return Templates.accounts(PageContext.of("账号管理", viewer.get(), "/app/admin/accounts"),
                accounts.departmentAccounts(), departments(), typed, errors, FIELD_LABELS, done);
    }
}
