package org.reformhub.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.RepositoryFiles;
import org.reformhub.kernel.testing.SqlRows;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.kernel.city.CityTime;

/**
 * The warehouse feed end to end: a scenario through the gateway with real tokens (a programme imported from the
 * city's table, a report approved, cases filed, answered and rated), then the queries of docs/warehouse.md — read
 * from the document itself — run on the loader's database, and each answer is checked against the figure the
 * services report for the same thing.
 */
@SuppressWarnings("unchecked")
class WarehouseIT {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String DB = System.getProperty("e2e.warehouseDb",
            "jdbc:postgresql://127.0.0.1:5433/reformhub_warehouse");
    private static final String MONTH = YearMonth.now(CityTime.ZONE).toString();
    private static final String PROGRAMME = "wh-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    private static Map<String, String> queries;

    @BeforeAll
    static void readQueriesAndRunTheScenario() throws IOException {
        queries = documentedQueries();
        assertEquals(List.of("monthly-satisfaction-by-unit", "on-time-rate-by-category",
                "working-days-to-answer-by-category", "measures-completed-per-quarter-by-domain", "overdue-days-by-unit"),
                new ArrayList<>(queries.keySet()));
        importProgrammeAndCompleteOneMeasure();
        fileAnswerAndRateCases();
        awaitWarehouseCaughtUp();
    }

    // ---- the scenario ----------------------------------------------------------------------------------------------

    private static void importProgrammeAndCompleteOneMeasure() throws IOException {
        String supervisor = Tokens.supervisor();
        Platform.gatewayAs(supervisor).contentType("text/plain; charset=UTF-8")
                .body(Files.readString(RepositoryFiles.find("deploy/seed/reform-task-table.txt")).getBytes(StandardCharsets.UTF_8))
                .queryParam("programme", PROGRAMME).queryParam("dryRun", false).post("/api/registry/imports").then()
                .statusCode(200).body("created", equalTo(22));
        await().atMost(WAIT).until(() -> Platform.gatewayAs(supervisor).queryParam("programme", PROGRAMME)
                .get("/api/progress/measures").then().extract().jsonPath().getInt("total") == 22);
        LocalDate today = CityTime.today();
        Platform.gatewayAs(supervisor).contentType(ContentType.JSON)
                .body("{\"frequency\":\"MONTHLY\",\"ongoingFrequency\":\"QUARTERLY\",\"dueDay\":31,\"firstMonth\":\""
                        + YearMonth.from(today).minusMonths(1) + "\"}")
                .put("/api/progress/schedules/" + PROGRAMME).then().statusCode(200);
        // two measures not yet completed, led by units with a demo officer, are reported completed and approved
        List<Map<String, Object>> measures = Platform.gatewayAs(supervisor).queryParam("programme", PROGRAMME)
                .queryParam("size", 200).get("/api/registry/measures").then().statusCode(200).extract().path("items");
        int completed = 0;
        for (Map<String, Object> measure : measures) {
            String code = (String) measure.get("code");
            String lead = (String) ((List<Map<String, Object>>) measure.get("leadUnits")).get(0).get("code");
            if (completed == 2 || !List.of("zwsj", "zrzy").contains(lead)) {
                continue;
            }
            await().atMost(WAIT).until(() -> Platform.gatewayAs(supervisor).get("/api/progress/measures/" + PROGRAMME + "/"
                    + code).then().extract().path("official.status") != null);
            String status = Platform.gatewayAs(supervisor).get("/api/progress/measures/" + PROGRAMME + "/" + code).then()
                    .extract().path("official.status");
            if ("COMPLETED".equals(status)) {
                continue;
            }
            String id = Platform.gatewayAs(Tokens.department(lead)).contentType(ContentType.JSON).body("""
                            {"period":"%s","claimedStatus":"COMPLETED","narrative":"已全面完成","submit":true}"""
                            .formatted(YearMonth.from(today)))
                    .post("/api/progress/measures/" + PROGRAMME + "/" + code + "/reports").then().statusCode(201)
                    .extract().path("id");
            Platform.gatewayAs(supervisor).post("/api/progress/reports/" + id + "/approve").then().statusCode(200);
            completed++;
        }
        assertEquals(2, completed, "measures reported completed");
    }

    private static void fileAnswerAndRateCases() {
        String enterprise = Tokens.forUser("enterprise-a");
        String supervisor = Tokens.supervisor();
        String zrzy = Tokens.department("zrzy");
        String zwsj = Tokens.department("zwsj");
        // land → zrzy, rated 非常满意; approval → zwsj, rated 不满意 (reopens); tax → answered, not rated; one left open
        String land = file(enterprise, "land", "仓库测试：厂房用地");
        route(supervisor, land, "zrzy");
        answer(zrzy, land);
        rate(enterprise, land, "VERY_SATISFIED", "CLOSED");
        String approval = file(enterprise, "approval", "仓库测试：审批时限");
        route(supervisor, approval, "zwsj");
        answer(zwsj, approval);
        rate(enterprise, approval, "DISSATISFIED", "REOPENED");
        String tax = file(enterprise, "tax", "仓库测试：退税");
        route(supervisor, tax, "zwsj");
        answer(zwsj, tax);
        file(enterprise, "land", "仓库测试：尚未处理");
    }

    static String file(String enterprise, String category, String title) {
        return Platform.gatewayAs(enterprise).contentType(ContentType.JSON).body("""
                        {"enterpriseName":"横琴示例科技","contactPerson":"张三","phone":"0756-1234567","category":"%s",
                         "title":"%s","description":"数据仓库端到端测试","district":"横琴"}""".formatted(category, title))
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
    }

    private static void route(String supervisor, String caseNumber, String unit) {
        Platform.gatewayAs(supervisor).post("/api/appeals/appeals/" + caseNumber + "/accept").then().statusCode(200);
        Platform.gatewayAs(supervisor).contentType(ContentType.JSON).body("{\"leadUnit\":\"" + unit + "\"}")
                .post("/api/appeals/appeals/" + caseNumber + "/assign").then().statusCode(200);
    }

    private static void answer(String unit, String caseNumber) {
        Platform.gatewayAs(unit).contentType(ContentType.JSON).body("{\"outcome\":\"RESOLVED\",\"answer\":\"已办结\"}")
                .post("/api/appeals/appeals/" + caseNumber + "/answer").then().statusCode(200);
    }

    private static void rate(String enterprise, String caseNumber, String rating, String status) {
        Platform.gatewayAs(enterprise).contentType(ContentType.JSON).body("{\"rating\":\"" + rating + "\"}")
                .post("/api/appeals/appeals/" + caseNumber + "/rate").then().statusCode(200).body("status", equalTo(status));
    }

    static void awaitWarehouseCaughtUp() {
        awaitWarehouseCaughtUp(Tokens.supervisor());
    }

    /** With a token taken earlier: right after an outage Keycloak itself may not issue one yet. */
    static void awaitWarehouseCaughtUp(String supervisor) {
        // a 503 while a dependency recovers is an answer to wait through, not a failure
        await().atMost(WAIT).pollInterval(Duration.ofMillis(500)).until(() -> {
            io.restassured.response.Response status = Platform.gatewayAs(supervisor).get("/api/warehouse/status");
            return status.statusCode() == 200 && Boolean.TRUE.equals(status.path("caughtUp"));
        });
    }

    // ---- the documented queries against the services' own figures -----------------------------------------------------

    @Test
    void monthly_satisfaction_by_unit_agrees_with_the_channels_unit_assessment() {
        await().atMost(WAIT).untilAsserted(() -> {
            List<Map<String, Object>> units = Platform.gatewayAs(Tokens.supervisor()).queryParam("from", MONTH)
                    .queryParam("to", MONTH).get("/api/appeals/assessment").then().statusCode(200).extract().path("units");
            Map<String, Map<String, Object>> warehouse = byKey(run("monthly-satisfaction-by-unit"), "month", MONTH, "unit");
            assertEquals(units.stream().map(u -> (String) u.get("unit")).sorted().toList(),
                    warehouse.keySet().stream().sorted().toList());
            for (Map<String, Object> unit : units) {
                Map<String, Object> row = warehouse.get((String) unit.get("unit"));
                assertEquals(number(unit.get("rated")), number(row.get("rated")), "rated " + unit);
                assertEquals(number(unit.get("satisfactionRate")), number(row.get("satisfaction_percent")),
                        "satisfaction " + unit);
            }
            assertTrue(warehouse.containsKey("zrzy") && warehouse.containsKey("zwsj"), warehouse.toString());
        });
    }

    @Test
    void on_time_rate_and_working_days_by_category_agree_with_the_public_statistics() {
        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Map<String, Object>> stats = Platform.gateway().queryParam("from", MONTH).queryParam("to", MONTH)
                    .get("/public/appeals/stats").then().statusCode(200).extract().path("byCategory");
            Map<String, Map<String, Object>> onTime = byKey(run("on-time-rate-by-category"), "month", MONTH, "category_name");
            Map<String, Map<String, Object>> days = byKey(run("working-days-to-answer-by-category"), "month", MONTH,
                    "category_name");
            assertEquals(stats.keySet().stream().sorted().toList(), onTime.keySet().stream().sorted().toList());
            stats.forEach((category, figures) -> {
                Map<String, Object> row = onTime.get(category);
                assertEquals(number(figures.get("received")), number(row.get("received")), "received " + category);
                assertEquals(number(figures.get("answered")), number(row.get("answered")), "answered " + category);
                assertEquals(number(figures.get("answeredOnTimePercent")), number(row.get("on_time_percent")),
                        "on time " + category);
                Object average = days.containsKey(category) ? days.get(category).get("average_working_days") : null;
                assertEquals(number(figures.get("averageWorkingDaysToAnswer")), number(average), "working days " + category);
            });
            assertTrue(onTime.containsKey("用地用房") && onTime.containsKey("审批服务") && onTime.containsKey("税费"),
                    onTime.toString());
        });
    }

    @Test
    void measures_completed_per_quarter_by_domain_agree_with_the_progress_dashboard() throws SQLException {
        await().atMost(WAIT).untilAsserted(() -> {
            Map<String, Map<String, Object>> byDomain = Platform.gatewayAs(Tokens.supervisor())
                    .get("/api/progress/programmes/" + PROGRAMME + "/dashboard").then().statusCode(200).extract()
                    .path("byDomain");
            Map<String, Double> warehouse = new HashMap<>();
            for (Map<String, Object> row : run("measures-completed-per-quarter-by-domain")) {
                if (PROGRAMME.equals(row.get("programme"))) {
                    warehouse.merge((String) row.get("domain"), number(row.get("measures_completed")), Double::sum);
                }
            }
            Map<String, Double> service = new HashMap<>();
            byDomain.forEach((domain, tally) -> {
                double completed = number(((Map<?, ?>) tally.get("byStatus")).get("COMPLETED"));
                if (completed > 0) {
                    service.put(domain, completed);
                }
            });
            assertEquals(service, warehouse);
            assertFalse(warehouse.isEmpty(), "the approved reports completed measures");
        });
        // the two approved this quarter are in this quarter's row
        String quarter = YearMonth.now(CityTime.ZONE).getYear() + "-Q"
                + ((YearMonth.now(CityTime.ZONE).getMonthValue() - 1) / 3 + 1);
        double thisQuarter = run("measures-completed-per-quarter-by-domain").stream()
                .filter(r -> PROGRAMME.equals(r.get("programme")) && quarter.equals(r.get("quarter")))
                .mapToDouble(r -> number(r.get("measures_completed"))).sum();
        assertTrue(thisQuarter >= 2, "completed in " + quarter + ": " + thisQuarter);
    }

    @Test
    void overdue_days_per_unit_agree_with_the_department_scorecards_and_the_overdue_list() {
        await().atMost(WAIT).untilAsserted(() -> {
            String supervisor = Tokens.supervisor();
            List<Map<String, Object>> scorecards = Platform.gatewayAs(supervisor)
                    .get("/api/progress/programmes/" + PROGRAMME + "/departments").then().statusCode(200).extract()
                    .path("items");
            List<Map<String, Object>> overdueList = Platform.gatewayAs(supervisor)
                    .get("/api/progress/programmes/" + PROGRAMME + "/dashboard").then().statusCode(200).extract()
                    .path("overdue");
            List<Map<String, Object>> rows = run("overdue-days-by-unit").stream()
                    .filter(r -> PROGRAMME.equals(r.get("programme"))).toList();
            Map<String, Double> service = new HashMap<>();
            scorecards.stream().filter(s -> number(s.get("overdueLed")) > 0)
                    .forEach(s -> service.put((String) s.get("dept"), number(s.get("overdueLed"))));
            Map<String, Double> warehouse = new HashMap<>();
            rows.forEach(r -> warehouse.put((String) r.get("unit"), number(r.get("overdue_measures"))));
            assertEquals(service, warehouse);
            assertFalse(warehouse.isEmpty(), "the 2020 table has measures past their deadline");

            // each overdue measure once in the dashboard's list; a measure led by two units counts for each
            double listed = overdueList.stream().mapToDouble(m -> -number(m.get("daysToDeadline"))
                    * ((List<?>) m.get("leadUnits")).size()).sum();
            assertEquals(listed, rows.stream().mapToDouble(r -> number(r.get("overdue_days"))).sum());
        });
    }

    @Test
    void a_loader_stopped_while_cases_are_filed_loads_each_once_when_it_is_back() throws Exception {
        Components.requireControl();
        String enterprise = Tokens.forUser("enterprise-a");
        Components.run("stop", "warehouse-loader");
        List<String> cases = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                cases.add(file(enterprise, "policy", "仓库测试：装载停机期间 " + i));
            }
        } finally {
            Components.run("start", "warehouse-loader");
        }
        awaitWarehouseCaughtUp();
        // it went on from the offsets committed with its rows: it read what was published while it was down, not
        // every topic again
        Map<String, Object> status = Platform.gatewayAs(Tokens.supervisor()).get("/api/warehouse/status").then()
                .statusCode(200).extract().path("");
        long published = ((List<Map<String, Object>>) status.get("partitions")).stream()
                .mapToLong(p -> ((Number) p.get("end")).longValue()).sum();
        long read = ((Number) status.get("eventsSinceStart")).longValue();
        assertTrue(read >= 3 && read < 100 && read < published, "read " + read + " of " + published + " after a restart");
        for (String caseNumber : cases) {
            List<Map<String, Object>> rows = query("select status, version from fact_appeal where case_number = ?", caseNumber);
            assertEquals(1, rows.size(), caseNumber);
            assertEquals("SUBMITTED", rows.get(0).get("status"));
        }
        assertEquals(0, query("select event_type from load_skipped_type where event_type like 'reform.%'").size(),
                "every type the platform publishes is known to the loader");
    }

    // ---- reading the document and the database -----------------------------------------------------------------------

    /** The ```sql blocks of docs/warehouse.md that start with "-- query: <name>", in the document's order. */
    static Map<String, String> documentedQueries() throws IOException {
        Matcher blocks = Pattern.compile("```sql\\n-- query: ([a-z0-9-]+)\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(RepositoryFiles.find("docs/warehouse.md")));
        Map<String, String> found = new LinkedHashMap<>();
        while (blocks.find()) {
            found.put(blocks.group(1), blocks.group(2).trim().replaceAll(";$", ""));
        }
        return found;
    }

    private static List<Map<String, Object>> run(String query) throws SQLException {
        return query(queries.get(query));
    }

    static List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException {
        try (Connection connection = DriverManager.getConnection(DB, System.getenv().getOrDefault("REFORMHUB_DB_USER",
                "reformhub"), System.getenv().getOrDefault("REFORMHUB_DB_PASSWORD", "reformhub"))) {
            return SqlRows.query(connection, sql, parameters);
        }
    }

    private static Map<String, Map<String, Object>> byKey(List<Map<String, Object>> rows, String filterColumn,
                                                          String filterValue, String keyColumn) {
        Map<String, Map<String, Object>> keyed = new HashMap<>();
        rows.stream().filter(r -> filterValue.equals(String.valueOf(r.get(filterColumn))))
                .forEach(r -> keyed.put(String.valueOf(r.get(keyColumn)), r));
        return keyed;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
