package org.reformhub.warehouse.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

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
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
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
