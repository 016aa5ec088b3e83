package org.reformhub.kernel.problem;

/**
 * The kernel's problem types. Services map their own domain rejections to rows of the same shape
 * ({@code RejectionProblem}), some with a slug of their own; the URI prefix stays {@link #BASE}.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "validation-failed", "请求内容校验未通过"),
    MALFORMED_REQUEST(400, "malformed-request", "请求格式错误"),
    UNAUTHORIZED(401, "unauthorized", "未登录或令牌无效"),
    FORBIDDEN(403, "forbidden", "无权执行此操作"),
    NOT_FOUND(404, "not-found", "资源不存在"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "不支持的请求方法"),
    NOT_ACCEPTABLE(406, "not-acceptable", "不支持请求的响应格式"),
    CONFLICT(409, "conflict", "与当前状态冲突"),
    PRECONDITION_FAILED(412, "precondition-failed", "数据已被他人修改，请刷新后重试"),
    PRECONDITION_REQUIRED(428, "precondition-required", "修改需要携带 If-Match 版本号"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "上传内容过大"),
    URI_TOO_LONG(414, "uri-too-long", "请求地址过长"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "不支持的内容类型"),
    UNPROCESSABLE(422, "unprocessable-content", "内容无法处理"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "请求头过大"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "请求过于频繁，请稍后再试"),
    INTERNAL_ERROR(500, "internal-error", "系统内部错误"),
    BAD_GATEWAY(502, "bad-gateway", "后端服务无响应"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "服务暂不可用，请稍后再试"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "后端服务响应超时");

    public static final String BASE = "https://reformhub.org/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String uri() {
        return BASE + slug;
    }

    public String title() {
        return title;
    }

    public Problem problem(String detail) {
        return new Problem(uri(), title, status, detail, null, null, null);
    }

    /** The generic type for an HTTP status a framework produced without saying more. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != VALIDATION_FAILED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
    }
}
