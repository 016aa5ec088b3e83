package org.reformhub.progress.testing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;

import org.reformhub.kernel.testing.KafkaProbe;
import org.reformhub.kernel.testing.Tokens;
import org.reformhub.kernel.city.CityTime;

/**
 * Plays the task registry in tests: publishes its events on the real broker (the service learns measures
 * only from them) and waits until the service knows them. Each test uses a programme of its own.
 */
public final class Registry {

    public static final Duration WAIT = Duration.ofSeconds(45);

    private Registry() {
    }

    public static String newProgramme(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    /** A measure led by zwsj, with zrzy and swj (the tax bureau's own system) cooperating. */
    public static String measureEvent(String programme, String code, long version, String title, String deadlineJson,
                                      String statedStatus, String remark, boolean archived) {
        return """
                {"specversion":"1.0","id":"%s","source":"/reformhub/task-registry","type":"reform.registry.measure.%s.v1",
                 "subject":"%s/%s","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                 "data":{"measure":{"programme":"%s","code":"%s","list":"%s","domain":"政务服务","title":"%s",
                 "practice":"推行“秒批”","originPlaces":[],"leadUnits":[{"code":"zwsj","name":"市政务服务数据管理局"}],
                 "cooperatingUnits":[{"code":"zrzy","name":"市自然资源局"},{"code":"swj","name":"国家税务总局珠海市税务局"}],
                 "workItems":["开设专区","自动审批"],"deadline":%s,"deadlineText":null,"remark":"%s",
                 "statedStatus":"%s","kpis":[{"name":"一次不用跑事项","unit":"项","baseline":128,"target":200}],
                 "archived":%s,"createdAt":"2026-11-27T08:00:00Z","updatedAt":"2026-11-27T08:00:00Z","version":%d},
                 "changedFields":[]}}"""
                .formatted(UUID.randomUUID(), version == 0 ? "created" : archived ? "archived" : "updated", programme, code,
                        programme, code, code.startsWith("2-") ? "REFERENCE" : "REPLICATE", title, deadlineJson, remark,
                        statedStatus, archived, version);
    }

    public static void publishMeasure(String programme, String code, String title, String deadlineJson) {
        KafkaProbe.send("reform.registry", programme + "/" + code,
                measureEvent(programme, code, 0, title, deadlineJson, "IN_PROGRESS", "正在推进。已开设专区。", false));
    }

    public static void publishProgramme(String programme, String title) {
        KafkaProbe.send("reform.registry", "programme:" + programme, """
                {"specversion":"1.0","id":"%s","source":"/reformhub/task-registry","type":"reform.registry.programme.created.v1",
                 "subject":"programme:%s","time":"2026-11-27T08:00:00Z","datacontenttype":"application/json",
                 "data":{"programme":{"code":"%s","title":"%s","issuingBody":null,"documentNumber":null,"issuedOn":null,
                 "status":"ACTIVE","createdAt":"2026-11-27T08:00:00Z","updatedAt":"2026-11-27T08:00:00Z","version":0},
                 "changedFields":[]}}""".formatted(UUID.randomUUID(), programme, programme, title));
    }

    public static void awaitMeasures(String programme, int count) {
        await().atMost(WAIT).until(() -> given().auth().oauth2(Tokens.supervisor()).queryParam("programme", programme)
                .get("/api/progress/measures").then().extract().jsonPath().getInt("total") == count);
    }

    /** Reports owed from three months ago, due on each month's last day: three periods due, the current one open. */
    public static void scheduleFromThreeMonthsAgo(String programme) {
        given().auth().oauth2(Tokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"frequency\":\"MONTHLY\",\"ongoingFrequency\":\"QUARTERLY\",\"dueDay\":31,\"firstMonth\":\""
                        + YearMonth.from(today()).minusMonths(3) + "\"}")
                .put("/api/progress/schedules/" + programme).then().statusCode(200);
    }

    public static LocalDate today() {
        return CityTime.today();
    }

    public static String currentPeriod() {
        return YearMonth.from(today()).toString();
    }

    public static String periodMonthsAgo(int months) {
        return YearMonth.from(today()).minusMonths(months).toString();
    }

    public static String dated(LocalDate date) {
        return "{\"kind\":\"DATE\",\"date\":\"" + date + "\"}";
    }
}
