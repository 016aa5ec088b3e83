package org.reformhub.kernel.problem.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request body for a JSON record arrives only as JSON. A step whose body is optional consumes any type (so a
 * plain POST works), and there the framework's text reader would take a text/plain body and refuse it with a bare
 * 400 that no mapper sees (found by the fuzz test); refused here as 415, a problem like every other.
 */
public class JsonBodiesOnly {

    /** Whether a resource method reads a record from its body: decided once per method. */
    private static final java.util.Map<Method, Boolean> TAKES_RECORD = new java.util.concurrent.ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseOtherTypes(ContainerRequestContext request, ResourceInfo resource) {
        MediaType type = request.getMediaType();
        Method method = resource.getResourceMethod();
        if (type == null || method == null || isJson(type) || !TAKES_RECORD.computeIfAbsent(method, JsonBodiesOnly::takesRecord)) {
            return;
        }
        throw new NotSupportedException();
    }

    private static boolean isJson(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json");
    }

    /** The method's body parameter (the one without a JAX-RS annotation) is a record read from JSON. */
    private static boolean takesRecord(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getType().isRecord() && !annotatedByJaxRs(parameter.getAnnotations())) {
                return true;
            }
        }
        return false;
    }

    private static boolean annotatedByJaxRs(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = annotation.annotationType().getPackageName();
            if (name.equals("jakarta.ws.rs") || name.startsWith("org.jboss.resteasy.reactive")) {
                return true;
            }
        }
        return false;
    }
}
