package org.reformhub.e2e;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

/**
 * An enterprise registers itself on Keycloak's registration page (reached from the gateway's login), giving its
 * 统一社会信用代码: Keycloak checks the format, the appeal service the check character on the first filing. The
 * new account is an enterprise and nothing more.
 */
class EnterpriseSelfRegistrationIT {

    private static final Pattern FORM_ACTION = Pattern.compile("action=\"([^\"]+)\"");
    private static final Pattern REGISTER_LINK = Pattern.compile("href=\"([^\"]*login-actions/registration[^\"]*)\"");
    private static final String FILING = """
            {"enterpriseName":"自助注册企业","contactPerson":"王五","phone":"0756-7654321","category":"tax",
             "title":"发票额度不足","description":"申请提高电子发票额度","district":"香洲"}""";

    private final Map<String, String> cookies = new LinkedHashMap<>();

    private RequestSpecification browser() {
        return RestAssured.given().urlEncodingEnabled(false).redirects().follow(false).cookies(cookies);
    }

    private Response remember(Response response) {
        cookies.putAll(response.getCookies());
        return response;
    }

    private Response follow(Response response, String base) {
        while (response.statusCode() / 100 == 3) {
            base = URI.create(base).resolve(response.getHeader("Location")).toString();
            response = remember(browser().get(base));
        }
        return response;
    }

    /** Keycloak's registration form, reached as a browser would: gateway login → Keycloak login → "Register". */
    private String registrationForm() {
        cookies.clear();
        Response login = follow(remember(browser().get(Platform.GATEWAY + "/login")), Platform.GATEWAY);
        Matcher link = REGISTER_LINK.matcher(login.asString());
        assertTrue(link.find(), "the login page offers self-registration");
        String registration = URI.create(Tokens.realmUrl()).resolve(link.group(1).replace("&amp;", "&")).toString();
        Matcher action = FORM_ACTION.matcher(remember(browser().get(registration)).asString());
        assertTrue(action.find(), "Keycloak registration form");
        return action.group(1).replace("&amp;", "&");
    }

    private Response register(String username, String uscc) {
        String form = registrationForm(); // first: it collects the cookies the POST must carry
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("email", username + "@example.com");
        fields.put("firstName", "自助注册企业");
        fields.put("lastName", "联系人");
        fields.put("password", Tokens.PASSWORD);
        fields.put("password-confirm", Tokens.PASSWORD);
        fields.put("uscc", uscc);
        // URL encoding is off for Keycloak's pre-encoded URLs, so the form body is encoded here
        String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(java.util.stream.Collectors.joining("&"));
        return remember(browser().contentType("application/x-www-form-urlencoded").body(body).post(form));
    }

    private static String newUsername() {
        return "ent-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    @Test
    void an_enterprise_registers_with_its_code_and_files_an_appeal() {
        String username = newUsername();
        Response registered = register(username, "91110000100003623W");
        assertEquals(302, registered.statusCode(), "registered and sent back to the gateway");
        assertTrue(registered.getHeader("Location").startsWith(Platform.GATEWAY), registered.getHeader("Location"));

        String token = Tokens.forUser(username);
        // what the services will read: the token's roles and its uscc claim
        Map<String, Object> claims = new io.restassured.path.json.JsonPath(new String(java.util.Base64.getUrlDecoder()
                .decode(token.split("\\.")[1]), StandardCharsets.UTF_8)).getMap("");
        assertEquals("91110000100003623W", claims.get("uscc"));
        @SuppressWarnings("unchecked")
        java.util.List<String> roles = (java.util.List<String>) ((Map<String, Object>) claims.get("realm_access")).get("roles");
        assertTrue(roles.contains("enterprise") && !roles.contains("department") && !roles.contains("supervisor")
                && !roles.contains("admin"), roles.toString());
        Platform.gatewayAs(token).contentType(ContentType.JSON).body(FILING).post("/api/appeals/appeals").then()
                .statusCode(201).body("uscc", equalTo("91110000100003623W"));
        // an enterprise account is not staff
        Platform.gatewayAs(token).get("/api/progress/programmes/yshj-2020/dashboard").then().statusCode(403);
    }

    @Test
    void a_malformed_code_is_refused_by_keycloak_and_a_wrong_check_character_by_the_first_filing() {
        String malformed = newUsername();
        Response refused = register(malformed, "12345");
        assertEquals(200, refused.statusCode(), "the form comes back with the error");
        assertTrue(refused.asString().contains("not a unified social credit code"), "the format error is shown");
        RestAssured.given().formParam("grant_type", "password").formParam("client_id", "reformhub-cli")
                .formParam("username", malformed).formParam("password", Tokens.PASSWORD)
                .post(Tokens.realmUrl() + "/protocol/openid-connect/token").then().statusCode(400)
                .body("error_description", equalTo("Invalid user credentials"));

        String wrongCheck = newUsername();
        assertEquals(302, register(wrongCheck, "91350100M000100Y44").statusCode());
        Platform.gatewayAs(Tokens.forUser(wrongCheck)).contentType(ContentType.JSON).body(FILING).post("/api/appeals/appeals")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://reformhub.org/problems/invalid-uscc"))
                .body("detail", containsString("校验位"));
    }
}
