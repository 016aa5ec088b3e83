package org.reformhub.console.shell;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * What a person sees when a page cannot be shown: a Chinese page that says why and what to do, never a stack
 * trace or a service's raw answer. A page of another role is 403 ("无权访问"); a service that is down is 503.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate(basePath = "ErrorPages")
    static class Templates {
        static native TemplateInstance error(PageContext page, int status, String heading, String explanation);
    }

    private final CurrentViewer viewer;

    ErrorPages(CurrentViewer viewer) {
        this.viewer = viewer;
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return page(403, "无权访问此页面", "您的账号没有使用此页面的权限。如需办理，请联系营商办或平台管理员。");
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return page(401, "请先登录", "登录已失效。请重新登录后继续。");
    }

    @ServerExceptionMapper
    public Response unavailable(ProcessingException e) {
        LOG.warnf("a service did not answer: %s", e.getMessage());
        return page(503, "服务暂时不可用", "后台服务暂时没有响应，请稍后刷新页面重试。");
    }

    /**
     * A form's address opened as a page: what a login that expired during a post leaves behind (the gateway sends
     * the person to Keycloak and back to the address, without the form). They go to the page the form was on.
     */
    @ServerExceptionMapper
    public Response notAllowed(jakarta.ws.rs.NotAllowedException e, jakarta.ws.rs.core.UriInfo uri,
                               jakarta.ws.rs.core.Request request) {
        String path = uri.getPath();
        if ("GET".equals(request.getMethod()) && path.startsWith("/app/") && path.lastIndexOf('/') > "/app".length()) {
            return Response.seeOther(java.net.URI.create(path.substring(0, path.lastIndexOf('/')))).build();
        }
        return http(e);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status == 404) {
            return page(404, "找不到此页面", "地址可能有误，或此事项不存在、您无权查看。");
        }
        if (status == 401) {
            return unauthorized(null);
        }
        if (status == 403) {
            return forbidden(null);
        }
        if (status >= 500) {
            LOG.warnf("a service answered %d", status);
            return page(503, "服务暂时不可用", "后台服务暂时无法完成请求，请稍后重试。");
        }
        return page(status, "请求未能完成", "请返回上一页检查后重试。");
    }

    /** A fault of ours: logged with an id the person can quote, never shown. */
    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String id = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "page failed [%s]", id);
        return page(500, "系统出现问题", "页面未能显示。请稍后重试；如仍有问题，请联系平台管理员并提供编号 " + id + "。");
    }

    private Response page(int status, String heading, String explanation) {
        Viewer who;
        try {
            who = viewer.get();
        } catch (RuntimeException e) {
            who = new Viewer(null, null, java.util.Set.of(), null, null);
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(PageContext.of(heading, who, ""), status, heading, explanation).render()).build();
    }
}
