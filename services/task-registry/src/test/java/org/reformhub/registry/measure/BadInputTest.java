package org.reformhub.registry.measure;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.reformhub.kernel.testing.Tokens;

/**
 * The reproductions an outside tester reported as 500s or leaks, each answered 4xx problem+json now, with
 * nothing stored and no Java class, SQL or stack trace in the body.
 */
@QuarkusTest
class BadInputTest {

    private static void isCleanProblem(Response response) {
        response.then().statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
                .contentType("application/problem+json")
                .body(not(containsString("org.reformhub"))).body(not(containsString("java.")))
                .body(not(containsString("Exception"))).body(not(containsString("SQL")));
    }

    private static Response search(String rawQuery) {
        return given().auth().oauth2(Tokens.supervisor()).urlEncodingEnabled(false).get("/api/registry/measures?" + rawQuery);
    }

    @ParameterizedTest
    @ValueSource(strings = {"page=2147483647&size=200", "deadlineBefore=0000-01-01", "deadlineAfter=9999-99-99",
            "q=%00", "dept=a%00b", "domain=%00", "programme=%00", "size=-1", "sort=code%3Bdrop", "page=1e9"})
    void malformed_query_parameters_are_problems(String query) {
        isCleanProblem(search(query));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dept=zwsj%5C", "dept=%0A", "dept=%22%5D%7D", "q=%27%20or%201%3D1%20--"})
    void odd_but_harmless_filters_just_find_nothing(String query) {
        search(query).then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void a_nul_byte_in_a_path_segment_or_json_string_is_refused() {
        isCleanProblem(given().auth().oauth2(Tokens.supervisor()).urlEncodingEnabled(false)
                .get("/api/registry/measures/yshj-2020/1-0%00"));
        isCleanProblem(given().auth().oauth2(Tokens.supervisor()).urlEncodingEnabled(false)
                .get("/api/registry/departments/zw%00sj"));
        String code = MeasureResourceTest.newCode();
        Response nulInJson = given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body(MeasureResourceTest.measureJson(code).replace("证照主题联办", "证照\\u0000联办"))
                .post("/api/registry/measures");
        isCleanProblem(nulInJson);
        nulInJson.then().statusCode(400).body("errors[0].field", equalTo("title"));
        search("q=a%00b").then().statusCode(400);
        given().auth().oauth2(Tokens.supervisor()).get(MeasureResourceTest.path(code)).then().statusCode(404);
    }

    @Test
    void oversized_and_malformed_measures_are_refused_and_nothing_is_stored() {
        String code = MeasureResourceTest.newCode();
        String valid = MeasureResourceTest.measureJson(code);
        for (String body : new String[] {
                valid.replace("\"code\":\"" + code + "\"", "\"code\":\"2147483648-01\""),
                valid.replace("\"code\":\"" + code + "\"", "\"code\":\"" + "1".repeat(40) + "-01\""),
                valid.replace("\"leadUnits\":[{\"code\":\"zwsj\",\"name\":\"市政务服务数据管理局\"}]", "\"leadUnits\":[null]"),
                valid.replace("\"deadline\"", "\"kpis\":[{\"name\":\"x\",\"baseline\":1e200000}],\"deadline\""),
                valid.replace("\"deadline\"", "\"practice\":\"" + "x".repeat(1_100_000) + "\",\"deadline\""),
                valid.replace("\"deadline\"", "\"color\":\"red\",\"deadline\""),
                valid.replace("\"list\":\"REPLICATE\"", "\"list\":[\"REPLICATE\"]")}) {
            Response response = given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                    .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/registry/measures");
            isCleanProblem(response);
        }
        given().auth().oauth2(Tokens.supervisor()).get(MeasureResourceTest.path(code)).then().statusCode(404);
        // the list still answers for everyone (a huge code once broke the default sort for all)
        search("size=5").then().statusCode(200);
    }

    @Test
    void a_field_of_the_wrong_type_is_named_in_json_terms_without_class_names() {
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body(MeasureResourceTest.measureJson(MeasureResourceTest.newCode())
                        .replace("\"cooperatingUnits\":[{\"code\":\"scjg\",\"name\":\"市市场监管局\"}]",
                                "\"cooperatingUnits\":[{\"code\":[1]}]"))
                .post("/api/registry/measures").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cooperatingUnits[0].code"))
                .body(not(containsString("MeasureRequests"))).body(not(containsString("$")));
    }

    @Test
    void a_department_email_longer_than_its_column_is_refused() {
        isCleanProblem(given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\":\"long-mail\",\"name\":\"长邮箱单位\",\"kind\":\"COURT\",\"email\":\"" + "a".repeat(300)
                        + "@example.org\"}").post("/api/registry/departments"));
        given().auth().oauth2(Tokens.supervisor()).get("/api/registry/departments/long-mail").then().statusCode(404);
    }

    /**
     * A body declared over the limit is refused as soon as the headers arrive, before it is read: sent as a
     * bare request on a socket, so the answer is read whatever the client would do with a half-sent body.
     */
    private static void tooLarge() throws Exception {
        java.net.URI base = java.net.URI.create(io.restassured.RestAssured.baseURI);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String request = "POST /api/registry/measures HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + "Authorization: Bearer " + Tokens.supervisor() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (25 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            // the server answers at once but may keep the connection until the announced body is sent: read
            // what has come until the problem is complete
            StringBuilder received = new StringBuilder();
            byte[] chunk = new byte[1024];
            java.io.InputStream in = socket.getInputStream();
            while (!received.toString().endsWith("}")) {
                int n = in.read(chunk);
                if (n < 0) {
                    break;
                }
                received.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
            }
            String answer = received.toString();
            org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.contains("application/problem+json"), answer);
            org.junit.jupiter.api.Assertions.assertTrue(answer.contains("payload-too-large"), answer);
        }
    }

    @Test
    void an_import_without_content_type_and_bodies_over_the_limit_are_problems() throws Exception {
        isCleanProblem(given().auth().oauth2(Tokens.supervisor()).queryParam("programme", "yshj-2020")
                .body("garbage".getBytes(StandardCharsets.UTF_8)).post("/api/registry/imports"));
        tooLarge();
        isCleanProblem(given().auth().oauth2(Tokens.supervisor()).get("/api/registry/no/such/thing"));
        isCleanProblem(given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON).body("{}")
                .put("/api/registry/measures"));
    }
}
