package org.reformhub.kernel.problem.rest;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.inject.Instance;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.reformhub.kernel.rule.RejectedException;
import org.reformhub.kernel.text.MessageBundle;
import org.reformhub.kernel.problem.Problem;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.problem.DatabaseErrors;
import org.reformhub.kernel.problem.IdentityProviderOutage;

/**
 * The one place where exceptions become HTTP responses: every error leaves a service as
 * {@code application/problem+json}, with the caller's {@code X-Request-Id} as correlation id and
 * never a stack trace.
 */
public class ProblemMappers {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final MessageBundle TEXT = MessageBundle.KERNEL;

    private final Instance<RejectionTable> rejectionTable;

    public ProblemMappers(Instance<RejectionTable> rejectionTable) {
        this.rejectionTable = rejectionTable;
    }

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.problem(), uri, headers);
    }

    @ServerExceptionMapper
    public Response rejected(RejectedException e, UriInfo uri, HttpHeaders headers) {
        RejectionTable table = rejectionTable.isResolvable() ? rejectionTable.get() : null;
        if (table == null) {
            return unexpected(e, uri, headers);
        }
        return respond(table.problemFor(e.rejection()), uri, headers);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemException.invalid(TEXT.text("field.check-marked"), errors).problem(), uri, headers);
    }

    @ServerExceptionMapper({JsonParseException.class, MismatchedInputException.class, InvalidDefinitionException.class,
            JsonProcessingException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        // Jackson's own message names our classes: say it in the caller's terms instead
        String field = JsonErrors.field(e);
        String message = JsonErrors.message(e);
        Problem problem = ProblemType.MALFORMED_REQUEST.problem(TEXT.text("json.detail", message));
        if (field != null) {
            problem = new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), null,
                    List.of(new Problem.FieldError(field, message)), null);
        }
        return respond(problem, uri, headers);
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.CONFLICT.problem(TEXT.text("request.concurrent-change")), uri, headers);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class, OIDCException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        if (IdentityProviderOutage.causedBy(e)) {
            // the token could not be checked: the platform's fault, not the caller's
            LOG.warnf("identity provider unavailable: %s", IdentityProviderOutage.rootCause(e));
            return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE.problem(TEXT.text("request.identity-provider-down")), uri, headers))
                    .header("Retry-After", "5")
                    .build();
        }
        return Response.fromResponse(respond(ProblemType.UNAUTHORIZED.problem(TEXT.text("request.token-required")), uri, headers))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"reform\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(ProblemType.FORBIDDEN.problem(TEXT.text("request.role-forbidden")), uri, headers);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri, headers);
        }
        // the JSON reader wraps Jackson's precise message in a bare 400
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return unreadableJson(json, uri, headers);
            }
        }
        if (status == 404 && e.getCause() != null) {
            String query = unconvertibleQueryParameter(e.getCause(), uri);
            if (query != null) {
                // JAX-RS answers a query parameter it cannot convert (size=abc) with 404; it is a bad request
                return respond(ProblemException.invalid(TEXT.text("field.check-marked"), List.of(new Problem.FieldError(query,
                        TEXT.text("request.query-parameter-unreadable")))).problem(), uri, headers);
            }
        }
        // the framework's message may name our classes or methods: the status's own words are enough
        Problem problem = ProblemType.forStatus(status).problem(null);
        Response.ResponseBuilder response = Response.fromResponse(respond(problem, uri, headers));
        // keep Allow, Retry-After and the like that the framework set
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(v -> response.header(name, v));
            }
        });
        return response.type(Problem.MEDIA_TYPE).build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseErrors.isOutage(e)) {
            // nothing was written; the caller may simply try again once the database is back
            LOG.warnf("database unavailable on %s: %s", uri.getPath(), IdentityProviderOutage.rootCause(e));
            return Response.fromResponse(respond(ProblemType.SERVICE_UNAVAILABLE.problem(TEXT.text("request.database-down")), uri, headers))
                    .header("Retry-After", "5")
                    .build();
        }
        var refusal = DatabaseErrors.refusal(e);
        if (refusal.isPresent()) {
            // a rule the database enforces (unique, length, encoding): the request's content, not a bug
            LOG.infof("database refused the request on %s: %s", uri.getPath(), IdentityProviderOutage.rootCause(e));
            return respond(refusal.get().problem(refusal.get() == ProblemType.CONFLICT
                    ? TEXT.text("request.database-conflict") : TEXT.text("request.database-refused")), uri, headers);
        }
        String correlationId = correlationId(headers);
        LOG.errorf(e, "unexpected error [%s] on %s", correlationId, uri.getPath());
        return respond(ProblemType.INTERNAL_ERROR.problem(TEXT.text("request.internal-error", correlationId)), uri, headers);
    }

    /**
     * The query parameter whose value a failed conversion quotes ("For input string: \"abc\"", "Invalid UUID string:
     * x", "No enum constant ….BOGUS"), or null: a path segment that cannot be converted stays a 404 (no such resource).
     */
    static String unconvertibleQueryParameter(Throwable conversion, UriInfo uri) {
        String message = conversion.getMessage();
        if (message == null) {
            return null;
        }
        for (var parameter : uri.getQueryParameters().entrySet()) {
            for (String value : parameter.getValue()) {
                if (!value.isEmpty() && (message.endsWith(value) || message.contains("\"" + value + "\""))
                        && !uri.getPathSegments().stream().anyMatch(segment -> segment.getPath().equals(value))) {
                    return parameter.getKey();
                }
            }
        }
        return null;
    }

    private static Response respond(Problem problem, UriInfo uri, HttpHeaders headers) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                // the path as the caller wrote it (/api/registry/measures), not relative to the service's root (/measures)
                .entity(problem.withContext(uri.getRequestUri().getRawPath(), correlationId(headers)))
                .build();
    }

    private static String correlationId(HttpHeaders headers) {
        String requestId = headers.getHeaderString(REQUEST_ID);
        return requestId == null || requestId.isBlank() ? UUID.randomUUID().toString() : requestId;
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        // "create.request.title" -> "title": callers know their JSON fields, not our method names
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.PROPERTY
                    || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                field = node.getName();
            }
        }
        return field == null ? violation.getPropertyPath().toString() : field;
    }
}
