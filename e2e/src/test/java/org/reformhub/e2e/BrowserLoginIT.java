package org.reformhub.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

/**
 * A browser's authorization-code login at the gateway, driven by hand: /login → Keycloak's login form
 * → back to the gateway with a session cookie, which then works for the API; /logout ends it.
 */
class BrowserLoginIT {

    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");

    /** Cookies per host (ports share cookies in browsers too). */
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private RequestSpecification browser() {
        // the URLs Keycloak and the gateway hand out are encoded already
        return RestAssured.given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies);
    }

    private Response remember(Response response) {
        cookies.putAll(response.getCookies());
        response.getDetailedCookies().asList().stream()
                .filter(c -> c.hasExpiryDate() && c.getExpiryDate().getTime() < System.currentTimeMillis())
                .forEach(c -> cookies.remove(c.getName()));
        return response;
    }

    private static String absolute(String base, String location) {
        return URI.create(base).resolve(location).toString();
    }

    private Response follow(Response response, String base) {
        while (response.statusCode() / 100 == 3) {
            String next = absolute(base, response.getHeader("Location"));
            base = next;
            response = remember(browser().get(next));
        }
        return response;
    }

    @Test
    void a_browser_logs_in_uses_the_api_with_its_session_and_logs_out() {
        Response login = remember(browser().get(Platform.GATEWAY + "/login"));
        assertEquals(302, login.statusCode(), "unauthenticated /login redirects to Keycloak");
        String authorize = login.getHeader("Location");
        assertTrue(authorize.startsWith(Tokens.realmUrl()), authorize);

        Response form = follow(login, Platform.GATEWAY);
        Matcher action = FORM_ACTION.matcher(form.asString());
        assertTrue(action.find(), "Keycloak login form");
        Response submitted = remember(browser().formParam("username", "zwsj-officer").formParam("password", Tokens.PASSWORD)
                .post(action.group(1).replace("&amp;", "&")));
        assertEquals(302, submitted.statusCode());
        String callback = submitted.getHeader("Location");
        assertTrue(callback.startsWith(Platform.GATEWAY), callback);

        Response back = remember(browser().get(callback));
        String session = back.getDetailedCookies().asList().stream().filter(c -> c.getName().startsWith("q_session"))
                .findFirst().map(c -> {
                    assertTrue(c.isHttpOnly(), "session cookie is HttpOnly");
                    assertEquals("lax", String.valueOf(c.getSameSite()).toLowerCase());
                    return c.getName();
                }).orElse(null);
        assertNotNull(session, "the gateway set a session cookie");
        follow(back, Platform.GATEWAY).then().statusCode(200).body("username", equalTo("zwsj-officer"))
                .body("roles", hasItem("department")).body("dept", equalTo("zwsj"));

        // the session alone calls the API: the gateway relays its access token
        browser().get(Platform.GATEWAY + "/api/notifications/inbox").then().statusCode(200);
        browser().get(Platform.GATEWAY + "/api/progress/reports?dept=zrzy").then().statusCode(403);

        Response logout = remember(browser().get(Platform.GATEWAY + "/logout"));
        assertEquals(302, logout.statusCode());
        assertTrue(!cookies.containsKey(session) || cookies.get(session).isEmpty(), "session cookie cleared");
        cookies.remove(session);
        browser().get(Platform.GATEWAY + "/api/notifications/inbox").then().statusCode(401);
    }
}
