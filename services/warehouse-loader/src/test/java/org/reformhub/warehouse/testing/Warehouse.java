package org.reformhub.warehouse.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.reformhub.kernel.testing.SqlRows;
import org.reformhub.kernel.testing.Tokens;

/** What the loader's tests read back: the load's status through its API, and the tables with SQL. */
public final class Warehouse {

    private Warehouse() {
    }

    /** Waits until every partition of the run's topics is loaded. */
    public static void awaitCaughtUp() {
        String token = Tokens.supervisor();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().auth().oauth2(token).get("/api/warehouse/status").then().statusCode(200).extract()
                        .<Boolean>path("caughtUp"));
    }

    public static Map<String, Object> digests() {
        return given().auth().oauth2(Tokens.supervisor()).get("/api/warehouse/tables").then().statusCode(200).extract()
                .jsonPath().getMap("");
    }

    /** The rows of a query, each a column → value map. */
    public static List<Map<String, Object>> rows(DataSource dataSource, String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return SqlRows.query(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> row(DataSource dataSource, String sql, Object... parameters) {
        List<Map<String, Object>> rows = rows(dataSource, sql, parameters);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row, got " + rows.size() + " for " + sql);
        }
        return rows.get(0);
    }
}
