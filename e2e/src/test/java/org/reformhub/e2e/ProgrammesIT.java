package org.reformhub.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.reformhub.kernel.testing.RepositoryFiles;
import org.reformhub.kernel.testing.Tokens;

/**
 * A city receives a second task-division table: imported through the gateway into a programme of its
 * own, it creates its measures (numbered 1-01… like the seed's) and leaves the seed programme exactly as it was.
 */
class ProgrammesIT {

    private static final String SEED = "yshj-2020";

    private static String table(String name) throws IOException {
        return Files.readString(RepositoryFiles.find("deploy/seed/" + name));
    }

    private static Response importInto(String programme, String table, boolean dryRun) {
        return Platform.gatewayAs(Tokens.supervisor()).contentType("text/plain; charset=UTF-8")
                .body(table.getBytes(StandardCharsets.UTF_8)).queryParam("programme", programme)
                .queryParam("dryRun", dryRun).post("/api/registry/imports");
    }

    /** Every measure of a programme, code to its version: what "unchanged" is checked against. */
    private static Map<String, Integer> versions(String programme) {
        List<Map<String, Object>> items = Platform.gatewayAs(Tokens.supervisor()).queryParam("programme", programme)
                .queryParam("size", 200).queryParam("includeArchived", true).get("/api/registry/measures")
                .then().statusCode(200).extract().path("items");
        return items.stream().collect(java.util.stream.Collectors.toMap(m -> (String) m.get("code"), m -> (Integer) m.get("version")));
    }

    private static int history(String programme, String code) {
        return Platform.gatewayAs(Tokens.supervisor()).get("/api/registry/measures/" + programme + "/" + code + "/history")
                .then().statusCode(200).extract().path("entries.size()");
    }

    @Test
    void a_second_table_becomes_a_second_programme_and_the_first_stays_as_it_was() throws Exception {
        String second = "batch-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        Map<String, Integer> seedBefore = versions(SEED);
        int seedHistoryBefore = history(SEED, "1-01");
        assertEquals(22, seedBefore.size());

        importInto(second, table("examples/second-table-2021.txt"), true).then().statusCode(200)
                .body("programme.action", equalTo("CREATE"))
                .body("programme.title", equalTo("2021年度深化营商环境改革重点举措任务分工表"))
                .body("created", equalTo(3)).body("measures.code", equalTo(List.of("1-01", "1-02", "2-01")));
        importInto(second, table("examples/second-table-2021.txt"), false).then().statusCode(200).body("created", equalTo(3));

        // the new programme is complete, in the phrasings of its table
        Platform.gatewayAs(Tokens.department("zwsj")).get("/api/registry/measures/" + second + "/1-01").then().statusCode(200)
                .body("title", equalTo("企业开办“一网通办”")).body("leadUnits.code", equalTo(List.of("scjg")))
                .body("cooperatingUnits.code", equalTo(List.of("zwsj", "swj"))).body("deadline.date", equalTo("2021-06-30"))
                .body("workItems", equalTo(List.of("推行企业开办全程网上办理。", "将企业开办时间压缩至1个工作日以内。")));
        Platform.gatewayAs(Tokens.supervisor()).queryParam("programme", second).get("/api/registry/measures").then()
                .body("total", equalTo(3)).body("items.programme", everyItem(equalTo(second)));
        Platform.gatewayAs(Tokens.supervisor()).get("/api/registry/programmes").then().statusCode(200)
                .body("items.code", hasItems(SEED, second));

        // the first programme: every measure at the version it had, no history entry added
        assertEquals(seedBefore, versions(SEED));
        assertEquals(seedHistoryBefore, history(SEED, "1-01"));
        Platform.gatewayAs(Tokens.supervisor()).get("/api/registry/measures/" + SEED + "/1-01").then()
                .body("title", equalTo("证照主题联办"));
        importInto(SEED, table("reform-task-table.txt"), true).then().statusCode(200)
                .body("programme.action", equalTo("EXISTING")).body("unchanged", equalTo(22));

        // the portal's summary counts each programme on its own
        Platform.gateway().queryParam("programme", second).get("/public/registry/summary").then().statusCode(200)
                .body("measures", equalTo(3));
        Platform.gateway().queryParam("programme", SEED).get("/public/registry/summary").then().statusCode(200)
                .body("measures", equalTo(22));
    }
}
