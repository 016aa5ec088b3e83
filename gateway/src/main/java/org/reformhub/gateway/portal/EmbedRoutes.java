package org.reformhub.gateway.portal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.reformhub.gateway.GatewayTexts;
import org.reformhub.gateway.routing.ProblemResponses;
import org.reformhub.gateway.routing.RequestHygiene;
import org.reformhub.kernel.problem.ProblemType;
import org.reformhub.kernel.city.ProgrammeCode;

/**
 * The widgets as pages for iframes ({@code /embed/progress}, {@code /embed/measure/{code}}, {@code /embed/appeals}),
 * for portal CMSs that strip scripts. Only the configured portal origins may frame them
 * ({@code Content-Security-Policy: frame-ancestors}); everything else of the gateway stays unframeable.
 */
@ApplicationScoped
public class EmbedRoutes {

    static final Pattern PROGRAMME = Pattern.compile(ProgrammeCode.PATTERN);
    static final Pattern CODE = Pattern.compile("\\d{1,2}-\\d{2,3}");
    static final Pattern MONTH = Pattern.compile("20\\d\\d-(0[1-9]|1[0-2])");

    private final String page;
    private final String policy;

    public EmbedRoutes(@ConfigProperty(name = "quarkus.http.cors.origins") List<String> portalOrigins) {
        this.page = template();
        // the portal's origins, as configured for CORS; the gateway's own pages (the demo portal) too
        String ancestors = portalOrigins.stream().map(String::strip).filter(o -> o.matches("https?://[A-Za-z0-9.:-]+"))
                .collect(Collectors.joining(" "));
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; "
                + "img-src 'self'; frame-ancestors 'self' " + ancestors;
    }

    void register(@Observes Router router) {
        router.get("/embed/progress").handler(ctx -> page(ctx, "改革举措推进情况",
                "<reform-progress" + attribute(ctx, "programme", PROGRAMME) + " refresh=\"60\"></reform-progress>"));
        router.get("/embed/appeals").handler(ctx -> page(ctx, "企业直通车",
                "<appeal-stats" + attribute(ctx, "from", MONTH) + attribute(ctx, "to", MONTH)
                        + " refresh=\"60\"></appeal-stats>"));
        router.get("/embed/measure/:code").handler(ctx -> {
            String code = ctx.pathParam("code");
            if (!CODE.matcher(code).matches()) {
                problem(ctx, ProblemType.NOT_FOUND, GatewayTexts.text("gateway.embed-unknown-measure"));
                return;
            }
            String programme = ctx.queryParams().get("programme");
            if (programme == null || !PROGRAMME.matcher(programme).matches()) {
                problem(ctx, ProblemType.VALIDATION_FAILED, GatewayTexts.text("gateway.embed-programme"));
                return;
            }
            page(ctx, "改革举措 " + code, "<reform-measure programme=\"" + programme + "\" code=\"" + code
                    + "\" refresh=\"60\"></reform-measure>");
        });
    }

    private static void problem(RoutingContext ctx, ProblemType type, String detail) {
        ProblemResponses.send(ctx.response(), ProblemResponses.problem(type, detail, ctx.request().path(),
                RequestHygiene.ensureRequestId(ctx.request().headers())));
    }

    /** {@code name="value"} when the query has a valid value (only checked characters reach the page). */
    private static String attribute(RoutingContext ctx, String name, Pattern valid) {
        String value = ctx.queryParams().get(name);
        return value != null && valid.matcher(value).matches() ? " " + name + "=\"" + value + "\"" : "";
    }

    private void page(RoutingContext ctx, String title, String widget) {
        ctx.response().headers().remove("X-Frame-Options");
        ctx.response().putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Content-Security-Policy", policy)
                .putHeader("Cache-Control", "public, max-age=300")
                .end(page.replace("{{title}}", title).replace("{{widget}}", widget));
    }

    private static String template() {
        try (InputStream in = EmbedRoutes.class.getResourceAsStream("/embed/widget.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
