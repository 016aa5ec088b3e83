package org.reformhub.kernel.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemType;

/**
 * Every error a ReformHub operation can answer, documented as what it is on the wire: RFC 9457 problem details
 * ({@code application/problem+json}, the shared {@code Problem} schema with its field errors), so a generated client
 * has a typed error. Which errors an operation can give follows from its shape, as the kernel's mappers answer them:
 * 400 when it takes parameters or a body, 401/403 when it needs a token, 404 when its path names something, 409 when
 * it changes state, 422 when what it takes can break a rule, 413/415 when it takes a body, 412 when it takes {@code If-Match} (428 when it must have one), and 429 (the gateway's rate limit) and 503 (a
 * dependency down) for all.
 */
final class ProblemResponses {

    static final String PROBLEM = "Problem";
    private static final String REF = "#/components/schemas/" + PROBLEM;

    /** What each error means to a caller, in Chinese and English (the problem's own title says it for the case). */
    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("400", "请求有误（参数或内容），errors 列出各字段 / bad request: parameters or body; errors names the fields"),
            Map.entry("401", "未登录或令牌无效 / no valid access token"),
            Map.entry("403", "无权执行此操作 / the token's roles do not allow this"),
            Map.entry("404", "资源不存在 / not found"),
            Map.entry("409", "与当前状态冲突（如已办结的诉求） / conflicts with the current state"),
            Map.entry("413", "内容过大 / the body is too large"),
            Map.entry("415", "不支持的内容类型 / the body's media type is not accepted"),
            Map.entry("422", "内容可读但不符合业务规则 / readable, but breaks a rule"),
            Map.entry("412", "数据已被他人修改，请重新读取 / changed since it was read (If-Match)"),
            Map.entry("428", "修改需要携带 If-Match / If-Match is required"),
            Map.entry("429", "请求过于频繁，见 Retry-After / too many requests, see Retry-After"),
            Map.entry("503", "依赖的服务暂不可用，请稍后重试 / a dependency is down; try again later"));

    private ProblemResponses() {
    }

    static void declare(OpenAPI api) {
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        schemas(api.getComponents());
        Operations.each(api, (path, method, operation) -> errors(method, operation, path.getParameters()));
    }

    private static void errors(PathItem.HttpMethod method, Operation operation, List<Parameter> pathLevel) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (!parameters.isEmpty() || operation.getRequestBody() != null || changes) {
            add(responses, ProblemType.VALIDATION_FAILED);
            add(responses, ProblemType.UNPROCESSABLE); // well-formed, but against a rule (a date beyond the calendar)
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, ProblemType.UNAUTHORIZED);
            add(responses, ProblemType.FORBIDDEN);
        }
        boolean namesSomething = parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)
                || pathLevel != null && pathLevel.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
        if (namesSomething) {
            add(responses, ProblemType.NOT_FOUND);
        }
        if (changes) {
            add(responses, ProblemType.CONFLICT);
        }
        if (operation.getRequestBody() != null) {
            add(responses, ProblemType.PAYLOAD_TOO_LARGE);
            add(responses, ProblemType.UNSUPPORTED_MEDIA_TYPE);
        }
        for (Parameter ifMatch : parameters) {
            if (ifMatch.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(ifMatch.getName())) {
                add(responses, ProblemType.PRECONDITION_FAILED);
                if (Boolean.TRUE.equals(ifMatch.getRequired())) {
                    add(responses, ProblemType.PRECONDITION_REQUIRED);
                }
            }
        }
        add(responses, ProblemType.TOO_MANY_REQUESTS);
        add(responses, ProblemType.SERVICE_UNAVAILABLE);
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                String said = MEANINGS.get(response.getKey());
                if (said != null) {
                    response.getValue().setDescription(said);
                }
                if (response.getKey().equals("429") || response.getKey().equals("503")) {
                    response.getValue().addHeader("Retry-After", OASFactory.createHeader()
                            .description("几秒后可重试 / seconds to wait before trying again")
                            .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                                    .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(3600))));
                }
                response.getValue().setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
            }
        }
    }

    private static void add(APIResponses responses, ProblemType type) {
        String code = String.valueOf(type.status());
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(type.title()));
        }
    }

    private static void schemas(Components components) {
        components.addSchema("FieldError", OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("一个字段的错误 / what is wrong with one field")
                .required(List.of("field", "message"))
                .addProperty("field", text("字段路径，如 leadUnits[0] / the field's path"))
                .addProperty("message", text("中文说明 / what is wrong, in Chinese")));
        components.addSchema(PROBLEM, OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 问题详情：ReformHub 的一切错误 / RFC 9457 problem details, the shape of every error")
                .required(List.of("type", "title", "status"))
                .addProperty("type", text("稳定的问题类型 URI（" + ProblemType.BASE + "<类型>），程序据此判断 / stable problem type")
                        .format("uri"))
                .addProperty("title", text("中文标题 / a short title, in Chinese"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text("这一次的具体原因 / what happened this time"))
                .addProperty("instance", text("调用的路径 / the path the caller used"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError"))
                        .description("各字段的错误（校验失败时）/ the fields at fault, when validation failed"))
                .addProperty("correlationId", text("请求编号，报障时请提供 / the request's id, to quote when reporting a fault")));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
