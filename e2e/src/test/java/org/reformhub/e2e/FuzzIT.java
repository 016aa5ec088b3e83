package org.reformhub.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.Tokens;

/**
 * Bad requests for every operation of every service's OpenAPI document, sent through the gateway as every
 * kind of caller: broken path parameters, out-of-range and malformed query parameters, bodies of the wrong
 * shape, type, size or encoding, missing and wrong media types. Fails on any 5xx, any error that is not
 * problem+json, any body naming a Java class or SQL, and any change to stored data.
 *
 * {@code -Dfuzz.requests=N} (default 2,000 in test.sh; the documented larger run uses 12,000) and
 * {@code -Dfuzz.seed=S} (printed, to replay a failing run).
 */
class FuzzIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 2000);
    private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
    /** Requests per second per caller: under test.sh's gateway limit of 20 per caller. */
    private static final int RATE_PER_CALLER = Integer.getInteger("fuzz.rps", 15);
    private static final List<String> SERVICES = List.of("registry", "progress", "notifications", "appeals", "warehouse");
    /** Callers: each has its own rate-limit bucket at the gateway. */
    private static final List<String> USERS = List.of("supervisor", "admin", "zwsj-officer", "zrzy-officer",
            "enterprise-a", "enterprise-b");
    /** Who sends a request: mostly those who may write, so the bad input reaches the services' validation. */
    private static final List<String> WEIGHTED = List.of("supervisor", "supervisor", "supervisor", "admin", "admin",
            "zwsj-officer", "zrzy-officer", "enterprise-a", "enterprise-b");
    private static final List<String> LEAKS = List.of("org.reformhub", "java.", "jakarta.", "Exception", "hibernate",
            "org.postgresql", "SQL", "    at ", "$");

    private record Operation(String service, String method, String path, List<String> pathParams,
                             Map<String, JsonNode> queryParams, boolean hasBody) {
    }

    private record Outcome(String request, int status, String contentType, String body) {
    }

    @Test
    void bad_requests_to_every_endpoint_are_4xx_problems_and_change_nothing() throws Exception {
        List<Operation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            operations.addAll(operations(service));
        }
        assertTrue(operations.size() >= 20, "operations found in the OpenAPI documents: " + operations.size());
        Map<String, String> tokens = new LinkedHashMap<>();
        USERS.forEach(u -> tokens.put(u, Tokens.forUser(u)));
        String before = storedData(tokens.get("supervisor"));
        System.out.printf("fuzz: %d operations, %d requests, seed %d (replay with -Dfuzz.seed=%d)%n", operations.size(),
                REQUESTS, SEED, SEED);

        Random random = new Random(SEED);
        Map<String, List<Runnable>> plan = new LinkedHashMap<>();
        List<Outcome> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        for (int i = 0; i < REQUESTS; i++) {
            Operation operation = operations.get(random.nextInt(operations.size()));
            String user = random.nextInt(10) == 0 ? null : WEIGHTED.get(random.nextInt(WEIGHTED.size()));
            long requestSeed = random.nextLong();
            plan.computeIfAbsent(String.valueOf(user), u -> new ArrayList<>()).add(() -> {
                Outcome outcome = send(operation, user == null ? null : tokens.get(user), new Random(requestSeed));
                statuses.computeIfAbsent(outcome.status(), s -> new AtomicInteger()).incrementAndGet();
                String problem = judge(outcome);
                if (problem != null) {
                    failures.add(new Outcome(problem + " <- " + outcome.request(), outcome.status(), outcome.contentType(),
                            abbreviate(outcome.body())));
                }
            });
        }
        // one thread per caller, each kept under the gateway's rate limit per caller, so the requests reach the services
        ExecutorService pool = Executors.newFixedThreadPool(plan.size());
        List<Future<?>> done = new ArrayList<>();
        long pause = 1000L / RATE_PER_CALLER;
        plan.values().forEach(tasks -> done.add(pool.submit(() -> {
            for (Runnable task : tasks) {
                long start = System.currentTimeMillis();
                task.run();
                long left = pause - (System.currentTimeMillis() - start);
                if (left > 0) {
                    try {
                        Thread.sleep(left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        })));
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        System.out.println("fuzz statuses: " + new TreeMap<>(statuses));
        int unanswered = statuses.getOrDefault(0, new AtomicInteger()).get();
        assertTrue(unanswered <= REQUESTS / 50, unanswered + " requests got no answer at all");
        if (!failures.isEmpty()) {
            failures.subList(0, Math.min(failures.size(), 20)).forEach(f -> System.out.println("FUZZ FAILURE " + f));
        }
        assertEquals(0, failures.size(), failures.size() + " of " + REQUESTS + " requests failed the checks (seed " + SEED
                + "); the first are printed as FUZZ FAILURE");
        assertEquals(before, storedData(tokens.get("supervisor")), "a rejected request changed stored data");
        assertTrue(statuses.keySet().stream().noneMatch(s -> s >= 500), "5xx answers: " + statuses);
    }

    /**
     * The outside tester's cases, each sent once to every operation of every document (not left to chance): a body
     * repeating one of the operation's own fields, a 100 KB query and a 100 KB header. Each is a 4xx problem in
     * Chinese, never a 5xx, an empty body or a bare 414/431.
     */
    @Test
    void every_operation_refuses_duplicate_keys_and_oversized_requests_with_a_chinese_problem() throws Exception {
        String supervisor = Tokens.forUser("supervisor");
        String before = storedData(supervisor);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String service : SERVICES) {
            JsonNode document = JSON.readTree(RestAssured.given().baseUri(Platform.GATEWAY).queryParam("format", "json")
                    .get("/openapi/" + service).then().statusCode(200).extract().asString());
            for (Operation operation : operations(service)) {
                String path = operation.path();
                for (String name : operation.pathParams()) {
                    path = path.replace("{" + name + "}", "x1");
                }
                List<Outcome> outcomes = new ArrayList<>();
                if (operation.hasBody()) {
                    String field = firstField(document, operation);
                    String body = "{\"" + field + "\":null,\"" + field + "\":null}";
                    Response response = RestAssured.given().baseUri(Platform.GATEWAY).auth().oauth2(supervisor)
                            .contentType("application/json").body(body).request(operation.method(), path);
                    outcomes.add(new Outcome(operation.method() + " " + path + " body=" + body, response.statusCode(),
                            response.contentType(), response.asString()));
                    Thread.sleep(1000L / RATE_PER_CALLER);
                }
                Response longQuery = RestAssured.given().baseUri(Platform.GATEWAY).auth().oauth2(supervisor)
                        .urlEncodingEnabled(false).request(operation.method(), path + "?q=" + "a".repeat(100_000));
                outcomes.add(new Outcome(operation.method() + " " + path + "?q=<100 KB>", longQuery.statusCode(),
                        longQuery.contentType(), longQuery.asString()));
                Response bigHeader = RestAssured.given().baseUri(Platform.GATEWAY).auth().oauth2(supervisor)
                        .header("X-Filler", "b".repeat(100_000)).request(operation.method(), path);
                outcomes.add(new Outcome(operation.method() + " " + path + " X-Filler: <100 KB>", bigHeader.statusCode(),
                        bigHeader.contentType(), bigHeader.asString()));
                for (Outcome outcome : outcomes) {
                    sent++;
                    String problem = outcome.status() < 400 ? "not refused" : judge(outcome);
                    if (problem != null) {
                        failures.add(problem + " <- " + outcome.request() + " -> " + outcome.status() + " "
                                + abbreviate(outcome.body()));
                    }
                }
                if (longQuery.statusCode() != 414 || bigHeader.statusCode() != 431) {
                    failures.add("expected 414 and 431 <- " + operation.method() + " " + path + ": " + longQuery.statusCode()
                            + ", " + bigHeader.statusCode());
                }
            }
        }
        System.out.println("fuzz: the outside tester's cases, " + sent + " requests");
        failures.stream().limit(20).forEach(f -> System.out.println("FUZZ FAILURE " + f));
        assertEquals(0, failures.size(), failures.size() + " of " + sent + " requests failed; the first are printed");
        assertEquals(before, storedData(supervisor), "a refused request changed stored data");
    }

    /** The first property of the operation's JSON request body ("x" when the document names none). */
    private static String firstField(JsonNode document, Operation operation) {
        JsonNode schema = document.path("paths").path(operation.path()).path(operation.method().toLowerCase())
                .path("requestBody").path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        Iterator<String> names = schema.path("properties").fieldNames();
        return names.hasNext() ? names.next() : "x";
    }

    /** 429 is the gateway doing its job under this load; anything else must be a clean 4xx problem. */
    private static String judge(Outcome outcome) {
        if (outcome.status() == 0) {
            return null;
        }
        if (outcome.status() >= 500) {
            return "5xx";
        }
        if (outcome.status() >= 400 && !String.valueOf(outcome.contentType()).startsWith("application/problem+json")) {
            return "error without problem+json";
        }
        if (outcome.status() >= 400) {
            for (String leak : LEAKS) {
                if (outcome.body().contains(leak)) {
                    return "error body names '" + leak + "'";
                }
            }
            String english = englishWords(outcome.body());
            if (english != null) {
                return "words for people not in Chinese: " + english;
            }
        }
        return null;
    }

    /** A problem's detail and field messages are read by people: each must be Chinese (codes and names aside). */
    static String englishWords(String problemJson) {
        JsonNode problem;
        try {
            problem = JSON.readTree(problemJson);
        } catch (Exception e) {
            return "unreadable problem body";
        }
        List<String> texts = new ArrayList<>();
        if (problem.hasNonNull("detail")) {
            texts.add(problem.get("detail").asText());
        }
        if (problem.hasNonNull("title")) {
            texts.add(problem.get("title").asText());
        }
        for (JsonNode error : problem.path("errors")) {
            texts.add(error.path("message").asText());
        }
        for (String text : texts) {
            if (!text.isEmpty() && text.codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return text;
            }
        }
        return null;
    }

    private static List<Operation> operations(String service) throws Exception {
        String text = RestAssured.given().baseUri(Platform.GATEWAY).queryParam("format", "json")
                .get("/openapi/" + service).then().statusCode(200).extract().asString();
        JsonNode paths = JSON.readTree(text).path("paths");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey().toUpperCase();
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                if (op.getValue().path("responses").toString().contains("text/event-stream")) {
                    continue; // a live stream answers good requests by staying open: its bad input is tested by hand
                }
                List<String> pathParams = new ArrayList<>();
                Map<String, JsonNode> query = new LinkedHashMap<>();
                for (JsonNode parameter : op.getValue().path("parameters")) {
                    if ("path".equals(parameter.path("in").asText())) {
                        pathParams.add(parameter.path("name").asText());
                    } else if ("query".equals(parameter.path("in").asText())) {
                        query.put(parameter.path("name").asText(), parameter.path("schema"));
                    }
                }
                operations.add(new Operation(service, method, path.getKey(), pathParams, query,
                        op.getValue().has("requestBody")));
            }
        }
        return operations;
    }

    private static final List<String> BAD_TEXT = List.of("", " ", "\u0000", "a\u0000b", "\\", "zwsj\\", "\n", "%00", "'",
            "\"", "' or 1=1 --", "{\"code\":1}", "../../etc/passwd", "2147483648-01", "0000-01-01", "9999-99-99",
            "-1", "2147483647", "99999999999999999999", "1e200000", "NaN", "null", "true", "<script>alert(1)</script>",
            "x".repeat(300), "长".repeat(2000), "\uD83D\uDE00", "\uFFFF", "1-01", "yshj-2020", "REPLICATE", "DONE");

    private static final List<String> EXISTING = List.of("yshj-2020", "1-01", "REPLICATE", "DONE", "");

    private static String badText(Random random) {
        return BAD_TEXT.get(random.nextInt(BAD_TEXT.size()));
    }

    private static Outcome send(Operation operation, String token, Random random) {
        String path = operation.path();
        for (String name : operation.pathParams()) {
            // never an identifier that exists: a bad request must not become a valid one by chance (closing the
            // seed programme is a valid request)
            String value;
            do {
                value = random.nextInt(4) == 0 ? "x" + random.nextInt(1000) : badText(random);
            } while (EXISTING.contains(value));
            path = path.replace("{" + name + "}", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        StringBuilder query = new StringBuilder();
        for (String name : operation.queryParams().keySet()) {
            if (random.nextInt(3) == 0) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(URLEncoder.encode(badText(random), StandardCharsets.UTF_8));
            }
        }
        if (random.nextInt(10) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("page=2147483647&size=200");
        }
        RequestSpecification request = RestAssured.given().baseUri(Platform.GATEWAY).urlEncodingEnabled(false)
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
        if (token != null) {
            request = request.header("Authorization", "Bearer " + token);
        }
        String body = null;
        if (operation.hasBody() || random.nextInt(6) == 0) {
            body = badBody(random);
            String type = switch (random.nextInt(6)) {
                case 0 -> null;
                case 1 -> "text/plain; charset=UTF-8";
                case 2 -> "application/xml";
                default -> "application/json";
            };
            if (type != null) {
                request = request.contentType(type);
            }
            request = request.body(body.getBytes(StandardCharsets.UTF_8));
        }
        if (random.nextInt(40) == 0) {
            query.append(query.isEmpty() ? "?" : "&").append("q=").append("a".repeat(100_000));
        } else if (random.nextInt(40) == 0) {
            request = request.header("X-Filler", "b".repeat(100_000));
        }
        if (random.nextInt(5) == 0) {
            request = request.header("If-Match", random.nextBoolean() ? "\"" + badText(random) + "\"" : badText(random));
        }
        String description = abbreviate(operation.method() + " " + path + query) + (body == null ? "" : " body=" + abbreviate(body));
        try {
            Response response = request.request(operation.method(), path + query);
            return new Outcome(description, response.statusCode(), response.contentType(), response.asString());
        } catch (Exception e) {
            // the server answered early and closed while a large body was still being sent: no 5xx, but no
            // answer to judge either; counted apart (status 0)
            return new Outcome(description, 0, "no-answer", String.valueOf(e.getMessage()));
        }
    }

    /** A body that is wrong in one of many ways, never a complete valid request. */
    private static String badBody(Random random) {
        return switch (random.nextInt(17)) {
            case 14 -> "{\"reason\":\"a\",\"reason\":\"b\",\"title\":\"x\",\"title\":\"y\"}";
            case 15 -> "x\n".repeat(100_000);
            case 16 -> "{\"narrative\":\"" + "进展".repeat(60_000) + "\",\"q\":\"" + "用地".repeat(5_000) + "\"}";
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "not json";
            case 3 -> "[]";
            case 4 -> "null";
            case 5 -> "{\"programme\":\"" + "\\u0000" + "\",\"code\":\"1-01\",\"title\":\"x\"}";
            case 6 -> "{\"code\":\"2147483648-01\",\"list\":\"REPLICATE\",\"domain\":\"x\",\"title\":\"x\",\"leadUnits\":[null]}";
            case 7 -> "{\"kpis\":[{\"name\":\"x\",\"baseline\":1e200000}]}";
            case 8 -> "{\"email\":\"" + "a".repeat(300) + "@example.org\",\"code\":\"dup\",\"name\":\"x\",\"kind\":\"COURT\"}";
            case 9 -> "{\"practice\":\"" + "x".repeat(1_100_000) + "\"}";
            case 10 -> "{\"title\":42,\"leadUnits\":\"zwsj\",\"deadline\":{\"kind\":\"SOMEDAY\"}}";
            case 11 -> "{\"a\":" + "[".repeat(2000) + "]".repeat(2000) + "}";
            case 12 -> "{\"from\":\"" + badText(random).replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"code\":\"\"}";
            default -> "{\"" + badText(random).replace("\\", "\\\\").replace("\"", "\\\"") + "\":\""
                    + badText(random).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
        };
    }

    /** What the platform stores, as seen from outside: a rejected request must leave all of it as it was. */
    private static String storedData(String supervisor) {
        StringBuilder data = new StringBuilder();
        for (String path : List.of("/api/registry/programmes", "/api/registry/departments",
                "/api/registry/measures?size=200&includeArchived=true&sort=-updatedAt")) {
            Response response = RestAssured.given().baseUri(Platform.GATEWAY).auth().oauth2(supervisor).get(path);
            assertEquals(200, response.statusCode(), path);
            data.append(response.jsonPath().getString("total")).append(' ')
                    .append(response.jsonPath().getList("items.version")).append('\n');
        }
        return data.toString();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + " chars)";
    }
}
