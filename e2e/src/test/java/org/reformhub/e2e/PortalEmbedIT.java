package org.reformhub.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * What the portal gets from the gateway without logging in, checked over HTTP: the widget script, the iframe pages
 * with their framing policy, CORS for a portal origin, revalidation of the public figures, and bad input.
 */
class PortalEmbedIT {

    private static final String PORTAL = "http://127.0.0.1:8088";

    @Test
    void the_script_and_the_iframe_pages_are_served_and_only_portal_origins_may_frame_them() {
        byte[] script = Platform.gateway().get("/widgets/reformhub-widgets.js").then().statusCode(200)
                .contentType(containsString("javascript")).extract().asByteArray();
        assertTrue(script.length > 1000 && new String(script, java.nio.charset.StandardCharsets.UTF_8).contains("reform-progress"));
        for (String page : new String[] {"/embed/progress", "/embed/appeals?from=2026-01&to=2026-12",
                "/embed/measure/1-09?programme=yshj-2020"}) {
            Platform.gateway().get(page).then().statusCode(200).contentType(containsString("text/html"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'self' " + PORTAL))
                    .header("X-Frame-Options", nullValue())
                    .body(containsString("/widgets/reformhub-widgets.js"));
        }
        // the rest of the gateway stays unframeable
        Platform.gateway().get("/portal-demo/").then().statusCode(200).header("X-Frame-Options", equalTo("DENY"))
                .body(containsString("<reform-progress"));
        // only checked values reach a page: a bad code is a problem, markup in a query is dropped
        Platform.gateway().get("/embed/measure/<script>?programme=yshj-2020").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        Platform.gateway().get("/embed/measure/1-09").then().statusCode(400).contentType(containsString("application/problem+json"));
        Platform.gateway().urlEncodingEnabled(true).queryParam("programme", "\"><script>alert(1)</script>")
                .get("/embed/progress").then().statusCode(200).body(not(containsString("<script>alert")));
    }

    @Test
    void a_portal_origin_reads_the_public_figures_and_revalidates_them() {
        Platform.gateway().header("Origin", PORTAL).header("Access-Control-Request-Method", "GET")
                .options("/public/progress/summary").then().header("Access-Control-Allow-Origin", equalTo(PORTAL));
        var first = Platform.gateway().header("Origin", PORTAL).get("/public/progress/summary").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(PORTAL)).header("Cache-Control", equalTo("public, max-age=30"))
                .extract();
        Platform.gateway().header("If-None-Match", first.header("ETag")).get("/public/progress/summary").then().statusCode(304);
        Platform.gateway().header("Origin", "https://evil.example").get("/public/progress/summary").then()
                .header("Access-Control-Allow-Origin", nullValue());
        Platform.gateway().get("/public/appeals/stats").then().statusCode(200).header("ETag", not(nullValue()));
        Platform.gateway().queryParam("programme", "NOT VALID").get("/public/progress/summary").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
    }
}
