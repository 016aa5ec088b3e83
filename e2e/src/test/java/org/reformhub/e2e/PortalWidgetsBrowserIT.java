package org.reformhub.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import org.reformhub.kernel.testing.Tokens;
import org.reformhub.kernel.city.CityTime;

/**
 * The portal widgets in a real headless Chromium against the running platform: the demo portal page shows the
 * live figures both ways (script and iframe); a widget shows new figures on its next refresh after a report is
 * approved and after an appeal is answered; markup in a title is shown as text and never runs; the page works at
 * 375 px and 1280 px. Screenshots go to e2e/target/browser/.
 */
class PortalWidgetsBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String XSS = "<img src=x onerror=alert(1)>";
    private static final Path SHOTS = Path.of("target", "browser");
    private static WebDriver browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        browser = Browsers.chromium("chromium");
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The text a widget shows (its shadow root), or "" before it has rendered. */
    private static String widgetText(String id) {
        Object text = js("var w = document.getElementById(arguments[0]);"
                + " return w && w.shadowRoot ? w.shadowRoot.querySelector('section').textContent : '';", id);
        return text == null ? "" : text.toString();
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void noAlert() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("a script ran: an alert is open");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
    }

    @Test
    void the_demo_portal_shows_the_live_figures_by_script_and_by_iframe_at_phone_and_desktop_width() throws Exception {
        Map<String, Object> summary = Platform.gateway().get("/public/progress/summary").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        Map<String, Object> measure = Platform.gateway().get("/public/progress/measures/yshj-2020/1-09").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        int received = Platform.gateway().get("/public/appeals/stats").then().statusCode(200).extract().path("total.received");
        for (int width : new int[] {1280, 375}) {
            browser.manage().window().setSize(new Dimension(width, 900));
            browser.get(Platform.GATEWAY + "/portal-demo/");
            await().atMost(WAIT).until(() -> widgetText("w-progress").contains("完成率")
                    && widgetText("w-measure").contains("牵头单位") && !widgetText("w-appeals").contains("正在加载"));
            assertTrue(widgetText("w-progress").contains(String.valueOf(summary.get("measures"))), widgetText("w-progress"));
            assertTrue(widgetText("w-measure").contains((String) measure.get("title")), widgetText("w-measure"));
            assertTrue(received == 0 ? widgetText("w-appeals").contains("暂无") : widgetText("w-appeals").contains(String.valueOf(received)),
                    widgetText("w-appeals"));
            // nothing wider than the screen: no sideways scrolling on a phone
            long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(overflow <= 0, width + " px: the page is " + overflow + " px too wide");
            screenshot("portal-demo-" + width);
        }
        // the iframe embeds show the same widgets
        browser.manage().window().setSize(new Dimension(1280, 900));
        for (String frame : new String[] {"f-progress", "f-measure", "f-appeals"}) {
            browser.switchTo().frame(frame);
            await().atMost(WAIT).until(() -> {
                Object text = js("var w = document.body.firstElementChild;"
                        + " return w && w.shadowRoot ? w.shadowRoot.querySelector('section').textContent : '';");
                return text != null && !text.toString().isBlank() && !text.toString().contains("正在加载");
            });
            browser.switchTo().defaultContent();
        }
        // accessible: progress bars are labelled, and the refresh button is reachable and named
        assertEquals(Boolean.TRUE, js("var r = document.getElementById('w-progress').shadowRoot;"
                + " return [...r.querySelectorAll('[role=progressbar]')].every(b => b.getAttribute('aria-label'))"
                + " && r.querySelector('button').getAttribute('aria-label') === '刷新数据';"));
    }

    @Test
    void a_widget_shows_new_figures_on_its_next_refresh_and_markup_in_titles_never_runs() throws Exception {
        String supervisor = Tokens.supervisor();
        String programme = "widget-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        Platform.gatewayAs(supervisor).contentType(ContentType.JSON)
                .body(Map.of("code", programme, "title", "门户组件测试批次 " + XSS))
                .post("/api/registry/programmes").then().statusCode(201);
        for (String code : new String[] {"1-01", "1-02"}) {
            Platform.gatewayAs(supervisor).contentType(ContentType.JSON).body("""
                    {"programme":"%s","code":"%s","list":"REFERENCE","domain":"政务服务","title":"%s %s",
                     "leadUnits":[{"code":"zwsj","name":"市政务服务数据管理局"}],"deadline":{"kind":"ONGOING"}}"""
                    .formatted(programme, code, code.equals("1-02") ? XSS : "门户组件测试举措", code))
                    .post("/api/registry/measures").then().statusCode(201);
        }
        LocalDate today = CityTime.today();
        Platform.gatewayAs(supervisor).contentType(ContentType.JSON)
                .body("{\"frequency\":\"MONTHLY\",\"ongoingFrequency\":\"MONTHLY\",\"dueDay\":31,\"firstMonth\":\""
                        + YearMonth.from(today) + "\"}")
                .put("/api/progress/schedules/" + programme).then().statusCode(200);
        await().atMost(WAIT).ignoreExceptions().until(() -> Platform.gateway().queryParam("programme", programme).get("/public/progress/summary")
                .then().extract().jsonPath().getInt("measures") == 2);

        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(Platform.GATEWAY + "/portal-demo/");
        js("var p = document.getElementById('w-progress'); p.setAttribute('programme', arguments[0]); p.setAttribute('refresh', '10');"
                + " var m = document.getElementById('w-measure'); m.setAttribute('programme', arguments[0]); m.setAttribute('code', '1-02');"
                + " document.getElementById('w-appeals').setAttribute('refresh', '10');", programme);
        await().atMost(WAIT).until(() -> widgetText("w-progress").contains("已完成") && widgetText("w-measure").contains("1-02"));
        assertTrue(widgetText("w-progress").contains("2改革举措"), widgetText("w-progress")); // figure, then its label
        assertTrue(widgetText("w-progress").contains(XSS), "the programme title is shown as text");
        assertTrue(widgetText("w-measure").contains(XSS), "the title is shown as text: " + widgetText("w-measure"));
        assertEquals(0L, js("return document.getElementById('w-measure').shadowRoot.querySelectorAll('img').length;"));
        noAlert();

        // a report approved: the progress widget shows one measure completed on its next refresh
        String zwsj = Tokens.department("zwsj");
        String id = Platform.gatewayAs(zwsj).contentType(ContentType.JSON).body("""
                {"period":"%s","claimedStatus":"COMPLETED","narrative":"门户组件测试","workItems":[],"submit":true}"""
                .formatted(YearMonth.from(today))).post("/api/progress/measures/" + programme + "/1-01/reports")
                .then().statusCode(201).extract().path("id");
        Platform.gatewayAs(supervisor).post("/api/progress/reports/" + id + "/approve").then().statusCode(200);
        await().atMost(WAIT).until(() -> widgetText("w-progress").contains("50%"));

        // an appeal titled with markup, answered: the channel's figures move on the next refresh, nothing runs
        int answeredBefore = Platform.gateway().get("/public/appeals/stats").then().extract().path("total.answered");
        String enterprise = Tokens.forUser("enterprise-b");
        String caseNumber = Platform.gatewayAs(enterprise).contentType(ContentType.JSON).body(Map.of(
                        "enterpriseName", "香洲示例制造", "contactPerson", "李四", "phone", "0756-7654321", "category", "approval",
                        "title", XSS, "description", XSS + " 审批材料反复补正", "district", "香洲"))
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
        Platform.gatewayAs(supervisor).post("/api/appeals/appeals/" + caseNumber + "/accept").then().statusCode(200);
        Platform.gatewayAs(supervisor).contentType(ContentType.JSON).body("{\"leadUnit\":\"zwsj\"}")
                .post("/api/appeals/appeals/" + caseNumber + "/assign").then().statusCode(200);
        Platform.gatewayAs(zwsj).contentType(ContentType.JSON).body("{\"outcome\":\"RESOLVED\",\"answer\":\"已办结\"}")
                .post("/api/appeals/appeals/" + caseNumber + "/answer").then().statusCode(200);
        // the filing and the answer count on the next refresh: the first figure is the cases received
        await().atMost(WAIT).until(() -> (int) Platform.gateway().get("/public/appeals/stats").then().extract()
                .path("total.answered") > answeredBefore);
        int received = Platform.gateway().get("/public/appeals/stats").then().extract().path("total.received");
        await().atMost(WAIT).until(() -> String.valueOf(received).equals(js("var b = document.getElementById('w-appeals')"
                + ".shadowRoot.querySelector('.figure b'); return b ? b.textContent : '';")));
        noAlert();
        screenshot("widgets-after-refresh");
    }
}
