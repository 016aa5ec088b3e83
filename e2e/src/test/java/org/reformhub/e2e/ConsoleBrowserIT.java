package org.reformhub.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.reformhub.kernel.testing.Tokens;
import org.reformhub.kernel.city.CityTime;

/**
 * The web console in real headless Chromium, as a person uses it: log in at Keycloak through the gateway, file an
 * appeal (first with mistakes, which come back beside their fields with what was typed kept), read the
 * confirmation, find the case in the list; another role reaching the enterprise's form gets the 403 page. axe-core
 * checks every page visited: no serious or critical WCAG 2.1 A/AA violation.
 */
class ConsoleBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SHOTS = Path.of("target", "browser");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebDriver browser;
    private static String axe;

    @BeforeAll
    static void startBrowser() throws Exception {
        Path axePath = Path.of(System.getProperty("e2e.axe", "browser-tools/node_modules/axe-core/axe.min.js"));
        assertTrue(Files.isReadable(axePath), "axe-core is needed: (cd e2e/browser-tools && npm ci) — test.sh does it");
        axe = Files.readString(axePath);
        Files.createDirectories(SHOTS);
        browser = Browsers.chromium("console");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void an_enterprise_files_an_appeal_in_the_browser_and_a_department_cannot_reach_the_form() throws Exception {
        logIn("enterprise-a");
        assertTrue(heading().startsWith("您好"), heading());
        accessible("home-enterprise");
        int before = browser.findElements(By.cssSelector(".card__count")).size();
        assertEquals(3, before, "the home page shows three counts");

        browser.findElement(By.linkText("反映诉求")).click();
        waitForHeading("反映诉求");
        accessible("appeal-form");

        // one question page after another: a phone that is no phone comes back on its page, with what was typed
        assertTrue(browser.findElement(By.id("step-of")).getText().contains("第 1 步"));
        type("enterpriseName", "横琴示例科技");
        type("contactPerson", "张三");
        type("phone", "打电话给我");
        nextPage();
        waitFor(By.cssSelector(".error-summary"));
        assertTrue(fieldError("phone").length() > 0, "the phone's error is shown beside it");
        assertTrue(fieldError("phone").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "in Chinese: " + fieldError("phone"));
        assertEquals("横琴示例科技", value("enterpriseName"), "what was typed is kept");
        assertEquals("打电话给我", value("phone"));
        assertEquals("true", browser.findElement(By.id("phone")).getAttribute("aria-invalid"));
        assertTrue(browser.findElements(By.id("title")).isEmpty(), "a later page's questions wait for their page");
        // the summary links to the field
        browser.findElement(By.cssSelector(".error-summary a[href='#phone']"));
        accessible("appeal-form-errors");
        type("phone", "0756-1234567");
        nextPage();
        waitFor(By.id("category"));
        accessible("appeal-form-step-2");
        new Select(browser.findElement(By.id("category"))).selectByIndex(1);
        new Select(browser.findElement(By.id("district"))).selectByVisibleText("横琴");
        nextPage();
        waitFor(By.id("title"));
        // no title: refused beside it, the description kept; 上一步 keeps everything too
        type("description", "厂房用地规划许可办理超过承诺时限，影响投产。");
        nextPage();
        waitFor(By.id("title-error"));
        assertTrue(value("description").startsWith("厂房用地"));
        screenshot("appeal-form-errors");
        accessible("appeal-form-step-3-errors");
        browser.findElement(By.cssSelector("button[name=go][value=back]")).click();
        waitFor(By.id("district"));
        assertEquals("横琴", new Select(browser.findElement(By.id("district"))).getFirstSelectedOption().getText());
        nextPage();
        waitFor(By.id("title"));
        assertTrue(value("description").startsWith("厂房用地"));

        // with a title and a file: the check page shows every answer and the time limit; 修改 goes back to its page
        type("title", "浏览器测试：厂房用地手续");
        Path pdf = Files.createTempFile("证明材料", ".pdf");
        Files.write(pdf, org.reformhub.kernel.testing.SampleFiles.pdf());
        browser.findElement(By.id("attachment")).sendKeys(pdf.toAbsolutePath().toString());
        nextPage();
        waitForHeading("请核对您的诉求");
        assertEquals("浏览器测试：厂房用地手续", summaryValue("诉求标题"));
        assertEquals(pdf.getFileName().toString(), summaryValue("附件"));
        assertTrue(browser.findElement(By.cssSelector(".notice")).getText().contains("个工作日"));
        accessible("appeal-check");
        screenshot("appeal-check");
        browser.findElement(By.cssSelector("button[formaction$='step=1']")).click();
        waitFor(By.id("phone"));
        assertEquals("0756-1234567", value("phone"));
        nextPage();
        waitFor(By.id("category"));
        nextPage();
        waitFor(By.id("attachment-hint"));
        assertTrue(browser.findElement(By.id("attachment-hint")).getText().contains(pdf.getFileName().toString()),
                "the chosen file is kept");
        nextPage();
        confirmFiling();
        String caseNumber = browser.findElement(By.cssSelector(".panel strong")).getText();
        assertTrue(caseNumber.matches("ZTC-\\d{6}-\\d{5}"), caseNumber);
        assertTrue(browser.findElement(By.id("files-title")).findElement(By.xpath("..")).getText()
                .contains(pdf.getFileName().toString()), "the file went with the case");
        assertTrue(browser.getPageSource().contains("个工作日"), "the time limit in working days");
        screenshot("appeal-filed");
        accessible("appeal-filed");
        // reloading the confirmation does not file again (the post was answered with a redirect)
        browser.navigate().refresh();
        waitFor(By.cssSelector(".panel"));

        browser.findElement(By.linkText("我的诉求")).click();
        waitForHeading("我的诉求");
        assertTrue(browser.findElement(By.cssSelector("table")).getText().contains(caseNumber));
        long filedHere = browser.findElements(By.linkText(caseNumber)).size();
        assertEquals(1, filedHere, "the case appears once");
        accessible("my-appeals");
        browser.findElement(By.linkText(caseNumber)).click();
        waitFor(By.cssSelector(".timeline"));
        assertTrue(browser.findElement(By.cssSelector(".timeline")).getText().contains("提交诉求"));
        accessible("appeal-page");

        // a post without the form's CSRF token is refused and files nothing
        int listed = appealsOf("enterprise-a");
        Object status = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[0]; fetch('/app/appeals/new', {method: 'POST', headers: {'Content-Type':"
                        + " 'application/x-www-form-urlencoded'}, body: 'enterpriseName=x&contactPerson=x&phone=07561234567"
                        + "&category=land&title=csrf&description=csrf&district=横琴'}).then(r => done(r.status));");
        assertTrue(((Number) status).intValue() >= 400, "without its token the post is refused: " + status);
        assertEquals(listed, appealsOf("enterprise-a"), "nothing was filed");

        browser.findElement(By.cssSelector(".site-nav a[href='/app/inbox']")).click();
        waitForHeading("消息");
        accessible("inbox-enterprise");

        // a department officer reaching the enterprise's form gets the Chinese 403 page
        logIn("zwsj-officer");
        accessible("home-department");
        browser.get(Platform.GATEWAY + "/app/appeals/new");
        waitForHeading("无权访问此页面");
        accessible("forbidden");
        screenshot("forbidden");
    }

    /**
     * A case through every hand in the browser: filed by the enterprise, accepted and assigned by the office, answered
     * by the lead unit, rated 不满意 (reopened), answered again, rated 满意 (closed). Each step is a form post with its
     * CSRF token; each page is checked by axe-core.
     */
    @Test
    void a_case_goes_from_the_enterprise_through_the_office_and_the_unit_and_back_until_it_is_closed() throws Exception {
        logIn("enterprise-b");
        browser.get(Platform.GATEWAY + "/app/appeals/new");
        waitForHeading("反映诉求");
        answerQuestions("香洲示例制造", "李四", "0756-7654321", "land", "香洲", "浏览器测试：不动产登记办理时间长",
                "厂房不动产登记需要多次往返，希望压缩办理时间。");
        confirmFiling();
        String caseNumber = browser.findElement(By.cssSelector(".panel strong")).getText();
        String casePage = Platform.GATEWAY + "/app/appeals/" + caseNumber;

        logIn("supervisor");
        accessible("home-supervisor");
        int reopenedBefore = reopenedOf("zrzy");
        // the office gives the category a reply template for the unit to start from
        browser.get(Platform.GATEWAY + "/app/admin/categories");
        waitForHeading("诉求类别");
        accessible("categories");
        screenshot("categories");
        browser.findElement(By.cssSelector("a[href='/app/admin/categories/land']")).click();
        waitFor(By.id("templates-title"));
        submit("/templates");
        waitFor(By.id("title-error"));
        accessible("category-template-errors");
        type("title", "浏览器测试：已安排对接");
        type("body", "您反映的问题已安排专人对接，我们将在办理时限内答复。");
        submit("/templates");
        waitFor(By.cssSelector(".notice"));
        String templateRemoval = browser.findElements(By.cssSelector("form[action$='/remove']")).stream()
                .filter(f -> f.findElement(By.xpath("ancestor::li")).getText().contains("浏览器测试：已安排对接"))
                .map(f -> f.getAttribute("action")).findFirst().orElseThrow();
        browser.get(casePage);
        waitFor(By.cssSelector(".actions"));
        accessible("appeal-office");
        submit("/accept");
        waitFor(By.cssSelector(".notice"));
        // assigning without a unit is refused beside the field
        submit("/assign");
        waitFor(By.id("leadUnit-error"));
        accessible("appeal-assign-error");
        new Select(browser.findElement(By.id("leadUnit"))).selectByValue("zrzy");
        submit("/assign");
        waitFor(By.cssSelector(".notice"));
        assertEquals("办理中", summaryValue("办理状态"));
        // an internal note is for the office and the unit only
        type("note", "已电话联系企业，确认需不动产登记专窗");
        submit("/notes");
        waitFor(By.cssSelector(".notice"));
        assertTrue(browser.findElement(By.cssSelector(".notes")).getText().contains("确认需不动产登记专窗"));

        // the unit hears of the case in its inbox, and the message's link opens the case's page
        logIn("zrzy-officer");
        // the navigation shows the unread count (filled by the page's one small script)
        waitUntil("the unread count beside 消息", d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const b = document.querySelector('[data-unread]'); return !!b && !b.hidden && /^\\d+/.test(b.textContent);")));
        followInboxLink("/app/appeals/" + caseNumber);
        waitFor(By.id("answer"));
        assertTrue(browser.findElement(By.cssSelector(".notes")).getText().contains("确认需不动产登记专窗"), "the unit reads the note");
        browser.findElement(By.linkText("浏览器测试：已安排对接")).click();
        waitUntil("the template in the answer", d -> value("answer").equals("您反映的问题已安排专人对接，我们将在办理时限内答复。"));
        answerAs("zrzy-officer", casePage, "第一次答复：已安排专人对接。");
        rateAs(casePage, "DISSATISFIED", "仍需多次往返");
        assertTrue(!browser.getPageSource().contains("确认需不动产登记专窗") && browser.findElements(By.cssSelector(".notes")).isEmpty(),
                "the enterprise never sees an internal note");
        assertEquals("重新办理中", summaryValue("办理状态"));
        answerAs("zrzy-officer", casePage, "第二次答复：已实现一次办结。");
        rateAs(casePage, "SATISFIED", "");
        assertEquals("已办结", summaryValue("办理状态"));
        assertTrue(browser.findElement(By.cssSelector(".timeline")).getText().contains("重新办理"), "the timeline shows the reopening");
        screenshot("appeal-closed");

        // the reopening counts against the unit on the office's scorecard; the test's template goes again
        logIn("supervisor");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(3))
                .until(() -> reopenedOf("zrzy") == reopenedBefore + 1);
        browser.get(Platform.GATEWAY + "/app/admin/categories/land");
        String removal = templateRemoval.replace(Platform.GATEWAY, "");
        waitFor(By.cssSelector("form[action='" + removal + "'] button"));
        browser.findElement(By.cssSelector("form[action='" + removal + "'] button")).click();
        waitFor(By.cssSelector(".notice"));
        assertTrue(!browser.findElement(By.id("templates")).getText().contains("浏览器测试：已安排对接"));
    }

    /** The office records an appeal from the 12345 hotline: a wrong credit code beside its field, then the case with its channel. */
    @Test
    void the_office_records_a_hotline_appeal() throws Exception {
        logIn("supervisor");
        browser.findElement(By.linkText("诉求办理")).click();
        waitForHeading("诉求办理");
        browser.findElement(By.linkText("登记诉求")).click();
        waitForHeading("登记诉求");
        accessible("appeal-record");
        browser.findElement(By.id("channel-HOTLINE_12345")).click();
        type("uscc", "91440400MA4UH1234X");
        type("enterpriseName", "热线示例企业");
        type("contactPerson", "赵六");
        type("phone", "0756-3334445");
        new Select(browser.findElement(By.id("category"))).selectByIndex(1);
        new Select(browser.findElement(By.id("district"))).selectByVisibleText("香洲");
        type("title", "浏览器测试：热线反映园区停车难");
        type("description", "园区停车位不足，员工上下班不便。");
        submit("/appeals/record");
        waitFor(By.id("uscc-error"));
        assertEquals("热线示例企业", value("enterpriseName"), "what was typed is kept");
        assertTrue(browser.findElement(By.id("channel-HOTLINE_12345")).isSelected());
        accessible("appeal-record-errors");
        type("uscc", "91440400617881127C");
        submit("/appeals/record");
        waitFor(By.cssSelector(".notice"));
        assertTrue(browser.findElement(By.cssSelector(".timeline")).getText().contains("12345 热线"),
                browser.findElement(By.cssSelector(".timeline")).getText());
        assertEquals("已提交，待受理", summaryValue("办理状态"));
    }

    /**
     * A district office (横琴) works its own district in the browser: its queue holds 横琴's cases and not 香洲's, it
     * accepts one, another district's case is refused, its figures show its district; the administrator keeps the
     * districts (an error beside its field, then saved).
     */
    @Test
    void a_district_office_works_its_own_district_and_the_administrator_keeps_the_districts() throws Exception {
        String marker = "区县" + System.nanoTime() % 100000;
        String enterprise = org.reformhub.kernel.testing.Tokens.forUser("enterprise-a");
        java.util.function.Function<String, String> file = district -> Platform.gatewayAs(enterprise)
                .contentType(io.restassured.http.ContentType.JSON).body("""
                        {"enterpriseName":"横琴示例科技","contactPerson":"张三","phone":"0756-1234567","category":"land",
                         "title":"%s %s","description":"浏览器测试","district":"%s"}""".formatted(marker, district, district))
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");
        String own = file.apply("横琴");
        String other = file.apply("香洲");

        logIn("hengqin-office");
        assertTrue(browser.findElement(By.tagName("header")).getText().contains("县区营商办（横琴）"));
        browser.findElement(By.linkText("诉求办理")).click();
        waitForHeading("诉求办理");
        type("q", marker);
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitUntil("the queue filtered", d -> d.getCurrentUrl().contains("q="));
        String queue = browser.findElement(By.tagName("main")).getText();
        assertTrue(queue.contains(own) && !queue.contains(other), queue);
        accessible("district-queue");
        browser.findElement(By.linkText(own)).click();
        waitForHeading(marker + " 横琴");
        submit("/accept");
        waitFor(By.cssSelector(".notice"));
        assertEquals("已受理", summaryValue("办理状态"));
        assertTrue(summaryValue("所在区").startsWith("横琴"));
        browser.get(Platform.GATEWAY + "/app/appeals/" + other);
        waitUntil("the refusal", d -> d.findElement(By.tagName("main")).getText().length() > 0);
        assertTrue(!browser.findElement(By.tagName("main")).getText().contains(marker), "nothing of another district's case");
        browser.findElement(By.linkText("办理情况")).click();
        waitForHeading("诉求办理情况");
        String figures = browser.findElement(By.id("districts")).getText();
        assertEquals("本县区办理情况", figures);
        String table = browser.findElement(By.cssSelector("main table")).getText();
        assertTrue(table.contains("横琴") && !table.contains("香洲"), table);
        accessible("district-figures");

        // 联席会议 at the district level: plan, invite (the place beside its field when missing), attendance, escalate
        browser.findElement(By.linkText("面对面")).click();
        waitForHeading("面对面");
        type("title", "横琴面对面" + marker);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('heldOn').value = arguments[0];",
                java.time.LocalDate.now().plusDays(3).toString());
        type("hosts", "区领导");
        browser.findElement(By.xpath("//button[text()='新建并拟定议程']")).click();
        waitForHeading("横琴面对面" + marker);
        String sessionId = browser.getCurrentUrl().replaceAll(".*/app/sessions/([0-9a-f-]{36}).*", "$1");
        // the agenda this test is about: its own case only (other tests leave 横琴 cases open too)
        Platform.gatewayAs(org.reformhub.kernel.testing.Tokens.forUser("hengqin-office"))
                .contentType(io.restassured.http.ContentType.JSON).body("{\"cases\":[\"" + own + "\"]}")
                .put("/api/appeals/sessions/" + sessionId + "/agenda").then().statusCode(200);
        browser.navigate().refresh();
        waitForHeading("横琴面对面" + marker);
        submit("/invitations");
        waitFor(By.cssSelector(".error-summary"));
        type("place", "横琴口岸综合服务中心 3 楼");
        submit("/invitations");
        waitFor(By.cssSelector(".notice"));
        assertTrue(browser.findElement(By.id("invitees")).isDisplayed());
        accessible("district-session-invited");
        browser.findElement(By.cssSelector("input[name=present][value='91440400MA4UH1234T']")).click();
        submit("/attendance");
        waitFor(By.cssSelector(".notice"));
        assertTrue(browser.findElement(By.cssSelector("input[name=present][value='91440400MA4UH1234T']")).isSelected());
        browser.findElement(By.id("outcome-escalated")).click();
        type("note", "涉及跨区管线，提请市里协调");
        submit("/decisions");
        waitFor(By.cssSelector(".notice"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("提请上级协调"));

        logIn("admin");
        browser.get(Platform.GATEWAY + "/app/admin/districts");
        waitForHeading("县区");
        accessible("districts");
        String code = "b" + System.nanoTime() % 100000;
        type("code", code);
        type("name", "浏览器测试区" + code);
        type("shortName", "横琴");
        submit("/app/admin/districts");
        waitFor(By.id("shortName-error"));
        assertEquals("浏览器测试区" + code, value("name"), "what was typed is kept");
        accessible("districts-errors");
        type("shortName", "测" + code);
        submit("/app/admin/districts");
        waitFor(By.cssSelector(".notice"));
        assertTrue(browser.findElement(By.cssSelector("main table")).getText().contains("测" + code));
    }

    /** 重办 of a unit on the dashboard's appeal scorecard (0 while the unit has no row). */
    private static int reopenedOf(String unit) {
        browser.get(Platform.GATEWAY + "/app/dashboard");
        waitForHeading("推进情况");
        return browser.findElements(By.cssSelector("table tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() == 8 && cells.get(1).getText().equals(unit))
                .map(cells -> Integer.parseInt(cells.get(6).getText())).findFirst().orElse(0);
    }

    /**
     * A unit reports in the browser, the office returns the report with a reason, the unit fixes and resubmits it, the
     * office approves: the report ends 已通过 and the measure's official status follows.
     */
    @Test
    void an_officer_reports_the_office_returns_the_officer_fixes_and_the_office_approves() throws Exception {
        String programme = reportingProgramme();
        java.time.YearMonth month = java.time.YearMonth.now(CityTime.ZONE);

        // the operators' daily scan records what fell due: the two months before this one, unreported
        Platform.gatewayAs(Tokens.forUser("admin")).post("/api/progress/admin/daily-scan").then().statusCode(200);
        logIn("zwsj-officer");
        browser.findElement(By.linkText("我的举措")).click();
        waitForHeading("我的举措");
        assertTrue(browser.findElement(By.cssSelector("section[aria-labelledby=owed-title]")).getText()
                .contains(programme + " 1-01（" + month.minusMonths(2) + "）"), "what the unit owes from before");
        accessible("my-measures");
        browser.get(Platform.GATEWAY + "/app/measures/" + programme + "/1-01");
        waitFor(By.id("narrative"));
        accessible("measure-report-form");
        assertEquals(month.toString(), value("period"), "the current month is proposed");
        // without a status the report is refused beside the field, the narrative kept
        type("narrative", "“证照联办”主题服务已上线");
        browser.findElement(By.cssSelector("form[action$='/reports'] button[type=submit]")).click();
        waitFor(By.id("claimedStatus-error"));
        assertEquals("“证照联办”主题服务已上线", value("narrative"));
        accessible("measure-report-errors");
        browser.findElement(By.id("claimedStatus-COMPLETED")).click();
        browser.findElement(By.cssSelector("form[action$='/reports'] button[type=submit]")).click();
        waitFor(By.cssSelector(".notice"));
        String reportPage = browser.getCurrentUrl().replaceAll("\\?.*", "");
        assertEquals("已提交，待审核", summaryValue("报告状态"));
        accessible("report-submitted");

        logIn("supervisor");
        browser.findElement(By.linkText("推进情况")).click();
        waitForHeading("推进情况");
        accessible("dashboard");
        new Select(browser.findElement(By.id("programme"))).selectByValue(programme);
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("programme=" + programme));
        assertEquals("22", browser.findElement(By.cssSelector(".card__count")).getText(), "the programme's 22 measures");
        screenshot("dashboard");
        browser.findElement(By.linkText("进展审核")).click();
        waitForHeading("进展审核");
        accessible("reviews");
        browser.get(reportPage);
        waitFor(By.id("reason"));
        type("reason", "请补充主题服务清单");
        submit("/return");
        waitFor(By.cssSelector(".notice"));
        assertEquals("已退回，待修改", summaryValue("报告状态"));

        logIn("zwsj-officer");
        browser.findElement(By.linkText("我的举措")).click();
        waitForHeading("我的举措");
        assertTrue(browser.findElement(By.cssSelector("section[aria-labelledby=returned-title]")).getText()
                .contains("请补充主题服务清单"), "the returned report and its reason are on the officer's list");
        browser.get(reportPage);
        waitFor(By.id("narrative"));
        accessible("report-returned");
        type("narrative", "“证照联办”主题服务已上线，服务清单见附件");
        submit("/content");
        waitFor(By.cssSelector(".notice"));
        assertEquals("已提交，待审核", summaryValue("报告状态"));

        logIn("supervisor");
        browser.get(reportPage);
        waitFor(By.cssSelector("form[action$='/approve']"));
        submit("/approve");
        waitFor(By.cssSelector(".notice"));
        assertEquals("已通过", summaryValue("报告状态"));
        assertTrue(browser.findElement(By.cssSelector(".timeline")).getText().contains("退回修改"));
        screenshot("report-approved");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(
                Platform.gatewayAs(Tokens.supervisor()).get("/api/progress/measures/" + programme + "/1-01")
                        .then().statusCode(200).extract().path("official.status")));
    }

    /** The seed table imported as a new programme whose monthly reports are open this month, as the test needs it. */
    private static String reportingProgramme() throws Exception {
        String programme = "console-" + Integer.toString(java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 30), 36);
        Platform.gatewayAs(Tokens.supervisor()).contentType("text/plain; charset=UTF-8")
                .body(Files.readString(org.reformhub.kernel.testing.RepositoryFiles.find("deploy/seed/reform-task-table.txt")))
                .queryParam("programme", programme).queryParam("dryRun", false).post("/api/registry/imports")
                .then().statusCode(200);
        java.time.YearMonth month = java.time.YearMonth.now(CityTime.ZONE);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Platform.gatewayAs(Tokens.supervisor())
                .queryParam("programme", programme).get("/api/progress/measures").then().extract().jsonPath().getInt("total") == 22);
        // reports are owed from two months back, so this month is open whatever day of it the test runs
        Platform.gatewayAs(Tokens.supervisor()).contentType("application/json")
                .body("{\"frequency\":\"MONTHLY\",\"ongoingFrequency\":\"QUARTERLY\",\"dueDay\":31,\"firstMonth\":\""
                        + month.minusMonths(2) + "\"}")
                .put("/api/progress/schedules/" + programme).then().statusCode(200);
        return programme;
    }

    /**
     * 配合单位 and 牵头单位: the cooperating unit reports its part with work items, a KPI value, a file and a support
     * request; the lead answers the request, sees the part beside its own form and signs the consolidated report off,
     * which takes the part in; the office approves, and the dashboard's list and the regenerated table show it.
     */
    @Test
    void a_cooperating_unit_reports_its_part_and_the_lead_consolidates_and_signs_off() throws Exception {
        String programme = reportingProgramme();
        // the seed has no measure shared by the two demo units: the office makes 自然资源局 cooperate on 1-01 and gives it a KPI
        io.restassured.response.Response measure = Platform.gatewayAs(Tokens.supervisor())
                .get("/api/registry/measures/" + programme + "/1-01");
        Platform.gatewayAs(Tokens.supervisor()).contentType("application/json").header("If-Match", measure.getHeader("ETag"))
                .body("{\"cooperatingUnits\":[{\"code\":\"zrzy\"}],\"kpis\":[{\"name\":\"证照联办主题数\",\"unit\":\"个\","
                        + "\"baseline\":0,\"target\":20}]}")
                .patch("/api/registry/measures/" + programme + "/1-01").then().statusCode(200);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Platform.gatewayAs(Tokens.supervisor())
                .get("/api/progress/measures/" + programme + "/1-01").then().extract().jsonPath()
                .getList("measure.cooperatingUnits").contains("zrzy"));
        String measurePage = Platform.GATEWAY + "/app/measures/" + programme + "/1-01";

        logIn("zrzy-officer");
        browser.get(measurePage);
        waitForHeading("证照主题联办");
        assertEquals("填报配合单位报告", browser.findElement(By.id("report-title")).getText());
        browser.findElement(By.id("claimedStatus-IN_PROGRESS")).click();
        type("narrative", "已梳理本局涉及的用地类证照 6 项");
        new Select(browser.findElement(By.id("item-1-state"))).selectByValue("IN_PROGRESS");
        type("item-1-note", "用地类证照纳入联办");
        type("kpi-1", "六个");
        new Select(browser.findElement(By.id("support-1-dept"))).selectByValue("zwsj");
        type("support-1-request", "请提供“一件事”主题清单");
        Path pdf = Files.createTempFile("用地证照清单", ".pdf");
        Files.write(pdf, org.reformhub.kernel.testing.SampleFiles.pdf());
        browser.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("button[name=intent][value=submit]")).click();
        waitFor(By.id("kpi-1-error"));
        assertEquals("六个", value("kpi-1"), "what was typed is kept");
        assertEquals("用地类证照纳入联办", value("item-1-note"));
        assertEquals("请提供“一件事”主题清单", value("support-1-request"));
        assertTrue(browser.findElements(By.cssSelector(".error-summary a[href='#kpi-1']")).size() == 1);
        accessible("report-part-errors");
        type("kpi-1", "6");
        browser.findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("button[name=intent][value=submit]")).click();
        waitFor(By.cssSelector(".notice"));
        String partPage = browser.getCurrentUrl().replaceAll("\\?.*", "");
        assertEquals("已提交，待审核", summaryValue("报告状态"));
        assertTrue(browser.findElement(By.cssSelector("a[href*='/attachments/']")).getText().equals(pdf.getFileName().toString()));
        accessible("report-part-submitted");
        // 我的举措 says what the unit owes: this month's report per measure, and the earlier months that fell due unreported
        browser.get(Platform.GATEWAY + "/app/my/measures?programme=" + programme);
        waitForHeading("我的举措");
        assertEquals("已提交，待审核", browser.findElement(By.cssSelector("a[href='" + partPage.replace(Platform.GATEWAY, "")
                + "']")).getText());
        accessible("my-measures-owed");

        logIn("zwsj-officer");
        browser.get(partPage);
        waitFor(By.id("answer-1"));
        type("answer-1", "主题清单已发至贵局邮箱");
        submit("/support/1/answer");
        waitFor(By.cssSelector(".notice"));
        assertTrue(browser.findElement(By.cssSelector(".support-list")).getText().contains("主题清单已发至贵局邮箱"));
        browser.get(measurePage);
        waitFor(By.id("parts-title"));
        assertEquals("填报并签发汇总报告", browser.findElement(By.id("report-title")).getText());
        assertTrue(browser.findElement(By.cssSelector("section[aria-labelledby=parts-title] table")).getText()
                .contains("已梳理本局涉及的用地类证照 6 项"), "the part is beside the lead's form");
        accessible("report-consolidate");
        screenshot("report-consolidate-form");
        browser.findElement(By.id("claimedStatus-COMPLETED")).click();
        type("narrative", "“证照联办”主题服务已上线，用地类证照一并联办");
        new Select(browser.findElement(By.id("item-1-state"))).selectByValue("DONE");
        new Select(browser.findElement(By.id("item-2-state"))).selectByValue("DONE");
        type("kpi-1", "20");
        browser.findElement(By.cssSelector("button[name=intent][value=submit]")).click();
        waitFor(By.cssSelector(".notice"));
        String consolidatedPage = browser.getCurrentUrl().replaceAll("\\?.*", "");
        assertTrue(browser.findElement(By.cssSelector(".notice")).getText().contains("签发"));
        assertTrue(browser.findElement(By.xpath("//h2[text()='配合单位报告']/following-sibling::table[1]")).getText()
                .contains("是"), "the part is taken into the consolidated report");
        screenshot("report-consolidated");

        logIn("supervisor");
        browser.get(consolidatedPage);
        waitFor(By.cssSelector("form[action$='/approve']"));
        submit("/approve");
        waitFor(By.cssSelector(".notice"));
        assertEquals("已通过", summaryValue("报告状态"));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            browser.get(Platform.GATEWAY + "/app/measures?programme=" + programme + "&status=COMPLETED");
            return !browser.findElements(By.cssSelector("a[href='/app/measures/" + programme + "/1-01']")).isEmpty();
        });
        byte[] docx = Platform.gatewayAs(Tokens.supervisor()).get("/api/progress/exports/" + programme + "/task-table.docx")
                .then().statusCode(200).extract().asByteArray();
        String table = documentText(docx);
        assertTrue(table.contains("已完成。“证照联办”主题服务已上线，用地类证照一并联办"), "the regenerated table's 备注");
        assertTrue(table.contains("市政务服务数据管理局牵头，市自然资源局配合"));
    }

    /**
     * The administrator keeps the appeal categories: a new one with its default unit and working-day limits (each
     * mistake beside its field, what was typed kept, nothing saved), a rule of the service (an urgent limit longer
     * than the normal one) refused beside its field, then the category retired so that no new case can choose it.
     */
    @Test
    void the_administrator_adds_a_category_and_retires_it() throws Exception {
        String code = "t" + Integer.toString(java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 30), 36);
        logIn("admin");
        browser.get(Platform.GATEWAY + "/app/admin/categories");
        waitForHeading("诉求类别");
        type("code", "外贸 Export");
        type("name", "外贸出口");
        type("timeLimitDays", "十");
        type("urgentTimeLimitDays", "5");
        submit("/admin/categories");
        waitFor(By.id("code-error"));
        assertTrue(!fieldError("timeLimitDays").isEmpty());
        assertEquals("外贸出口", value("name"), "what was typed is kept");
        accessible("category-new-errors");
        assertTrue(Platform.gatewayAs(Tokens.supervisor()).get("/api/appeals/categories").then().extract().jsonPath()
                .getList("items.name").stream().noneMatch("外贸出口"::equals), "nothing saved");
        type("code", code);
        type("timeLimitDays", "10");
        new Select(browser.findElement(By.id("defaultUnit"))).selectByValue("swj");
        submit("/admin/categories");
        waitForHeading("外贸出口");
        accessible("category");
        // an urgent case may not have longer than a normal one: the service's rule, shown beside its field
        type("urgentTimeLimitDays", "20");
        submit("/admin/categories/" + code);
        waitFor(By.id("urgentTimeLimitDays-error"));
        assertEquals("20", value("urgentTimeLimitDays"));
        type("urgentTimeLimitDays", "5");
        browser.findElement(By.id("active")).click();
        submit("/admin/categories/" + code);
        waitFor(By.cssSelector(".notice"));
        assertEquals(false, Platform.gatewayAs(Tokens.supervisor()).get("/api/appeals/categories/" + code).then()
                .statusCode(200).extract().path("active"), "retired: no new case can choose it");
    }

    /** The body text of a .docx (its word/document.xml, tags dropped). */
    private static String documentText(byte[] docx) throws Exception {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("<[^>]+>", "");
                }
            }
        }
        return "";
    }

    /** Opens the inbox until the message linking to {@code href} has arrived (events travel through Kafka), then follows it. */
    private static void followInboxLink(String href) {
        new WebDriverWait(browser, Duration.ofSeconds(60)).pollingEvery(Duration.ofSeconds(2)).until(d -> {
            d.get(Platform.GATEWAY + "/app/inbox");
            return !d.findElements(By.cssSelector("a[href='" + href + "']")).isEmpty();
        });
        browser.findElement(By.cssSelector("a[href='" + href + "']")).click();
    }

    private static void answerAs(String officer, String casePage, String text) throws Exception {
        logIn(officer);
        browser.get(casePage);
        waitFor(By.id("answer"));
        accessible("appeal-unit");
        browser.findElement(By.id("outcome-RESOLVED")).click();
        type("answer", text);
        submit("/answer");
        waitFor(By.cssSelector(".notice"));
    }

    private static void rateAs(String casePage, String rating, String comment) throws Exception {
        logIn("enterprise-b");
        browser.get(casePage);
        waitFor(By.id("rating-" + rating));
        accessible("appeal-rate");
        browser.findElement(By.id("rating-" + rating)).click();
        if (!comment.isEmpty()) {
            type("comment", comment);
        }
        submit("/rate");
        waitFor(By.cssSelector(".notice"));
    }

    /** Clicks the button of the form whose action ends with the given step. */
    private static void submit(String step) {
        browser.findElement(By.cssSelector("form[action$='" + step + "'] button[type=submit]")).click();
    }

    private static String summaryValue(String term) {
        return browser.findElements(By.cssSelector(".summary div, .summary-list div")).stream()
                .filter(row -> row.findElement(By.tagName("dt")).getText().equals(term))
                .map(row -> row.findElement(By.tagName("dd")).getText()).findFirst().orElse("");
    }

    /** 消息设置, the page the platform's e-mails point to: a wrong time is shown beside its field; the choices are kept. */
    @Test
    void an_officer_sets_quiet_hours_and_switches_a_channel_off() throws Exception {
        logIn("zrzy-officer");
        browser.findElement(By.linkText("消息设置")).click();
        waitForHeading("消息设置");
        accessible("settings");
        type("quietFrom", "晚上十点");
        type("quietUntil", "07:30");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.id("quietFrom-error"));
        assertEquals("07:30", value("quietUntil"), "what was typed is kept");
        accessible("settings-errors");
        type("quietFrom", "22:00");
        WebElement reportMail = browser.findElement(By.cssSelector("input[value='report:EMAIL']"));
        if (reportMail.isSelected()) {
            reportMail.click();
        }
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.cssSelector(".notice"));
        assertEquals("22:00", value("quietFrom"));
        assertEquals("07:30", value("quietUntil"));
        assertTrue(!browser.findElement(By.cssSelector("input[value='report:EMAIL']")).isSelected(), "report e-mails stay off");
        // and back as it was, for the other tests of this platform
        type("quietFrom", "");
        type("quietUntil", "");
        browser.findElement(By.cssSelector("input[value='report:EMAIL']")).click();
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.cssSelector(".notice"));
    }

    @Test
    void every_page_fits_a_375_pixel_phone() throws Exception {
        logIn("enterprise-b");
        browser.manage().window().setSize(new Dimension(375, 800));
        try {
            for (String page : List.of("/app/", "/app/appeals/new", "/app/my/appeals", "/app/inbox",
                    "/app/settings/notifications")) {
                browser.get(Platform.GATEWAY + page);
                waitFor(By.tagName("h1"));
                long overflow = (Long) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(overflow <= 0, page + " is " + overflow + " px wider than a phone");
            }
            screenshot("appeal-form-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    /**
     * The office's queue: filters in the URL, a count of every match, a bulk step on a selection (each case through
     * the workflow: the second acceptance is refused per case and said so), the same view as .xlsx, and a bulk post
     * without its CSRF token refused.
     */
    @Test
    void the_office_filters_its_queue_acts_on_a_selection_and_exports_the_view() throws Exception {
        String marker = "队列" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 2; i++) {
            Platform.gatewayAs(Tokens.forUser("enterprise-b")).contentType("application/json").body("""
                    {"enterpriseName":"香洲示例制造","contactPerson":"李四","phone":"0756-7654321","category":"approval",
                     "title":"%s 第%d件","description":"批量办理测试","district":"香洲"}""".formatted(marker, i))
                    .post("/api/appeals/appeals").then().statusCode(201);
        }
        logIn("supervisor");
        browser.findElement(By.linkText("诉求办理")).click();
        waitForHeading("诉求办理");
        type("q", marker);
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().contains("q="));
        assertTrue(browser.findElement(By.cssSelector(".pager__count")).getText().startsWith("共 2 条"),
                browser.findElement(By.cssSelector(".pager__count")).getText());
        accessible("appeal-queue");
        screenshot("appeal-queue");
        String view = browser.getCurrentUrl();

        for (WebElement box : browser.findElements(By.name("case"))) {
            box.click();
        }
        new Select(browser.findElement(By.id("action"))).selectByValue("accept");
        browser.findElement(By.cssSelector("#bulk button[type=submit]")).click();
        waitForHeading("批量办理结果");
        assertTrue(browser.findElement(By.cssSelector(".notice")).getText().contains("已办理 2 件"));
        accessible("bulk-result");
        browser.findElement(By.linkText("返回诉求列表")).click();
        waitForHeading("诉求办理");
        // the same view, in its canonical form (the blank filters of the form dropped)
        assertEquals(view.replaceAll("&[a-z]+=(?=&|$)", ""), browser.getCurrentUrl(), "back to the same view");
        for (WebElement box : browser.findElements(By.name("case"))) {
            box.click();
        }
        browser.findElement(By.cssSelector("#bulk button[type=submit]")).click();
        waitForHeading("批量办理结果");
        assertEquals(2, browser.findElements(By.cssSelector("table tbody tr")).size(), "a second acceptance is refused per case");

        // on a case's page: the time limit extended (a missing date refused beside its field), the twin merged into it
        List<String> cases = browser.findElements(By.cssSelector("table tbody tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
        browser.get(Platform.GATEWAY + "/app/appeals/" + cases.get(0));
        waitFor(By.cssSelector(".actions"));
        browser.findElement(By.xpath("//summary[text()='延长办理时限']")).click();
        type("extendReason", "需现场核查");
        browser.findElement(By.xpath("//button[text()='延期']")).click();
        waitFor(By.id("newDueDate-error"));
        assertEquals("需现场核查", value("extendReason"), "what was typed is kept");
        accessible("appeal-extend-error");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('newDueDate').value = arguments[0];",
                java.time.LocalDate.now().plusDays(60).toString());
        browser.findElement(By.xpath("//button[text()='延期']")).click();
        waitFor(By.cssSelector(".notice"));
        assertTrue(browser.findElement(By.cssSelector(".notice")).getText().contains("办理时限已延长"));
        browser.get(Platform.GATEWAY + "/app/appeals/" + cases.get(1));
        waitFor(By.cssSelector(".actions"));
        browser.findElement(By.xpath("//summary[starts-with(text(), '与相似诉求合并')]")).click();
        browser.findElement(By.id("original-" + cases.get(0))).click();
        browser.findElement(By.xpath("//button[text()='合并']")).click();
        waitFor(By.cssSelector(".notice"));
        assertEquals("已合并", summaryValue("办理状态"));
        // a form's address opened as a page (what a login that expired during a post leaves): the page the form was on
        browser.get(Platform.GATEWAY + "/app/appeals/" + cases.get(0) + "/extend");
        waitFor(By.cssSelector(".timeline"));
        assertEquals(Platform.GATEWAY + "/app/appeals/" + cases.get(0), browser.getCurrentUrl());

        // the same filters as a workbook; a bulk post without its token changes nothing
        String exported = (String) ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[0];"
                + " fetch('/app/appeals.xlsx?q=" + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8)
                + "').then(r => done(r.status + ' ' + r.headers.get('content-type')));");
        assertTrue(exported.startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), exported);
        Object status = ((JavascriptExecutor) browser).executeAsyncScript(
                "var done = arguments[0]; fetch('/app/appeals/bulk', {method: 'POST', headers: {'Content-Type':"
                        + " 'application/x-www-form-urlencoded'}, body: 'case=ZTC-202612-00001&action=accept'}).then(r => done(r.status));");
        assertTrue(((Number) status).intValue() >= 400, "without its token the post is refused: " + status);

        // a unit reaching the office's pages gets the 403 page
        logIn("zwsj-officer");
        for (String page : List.of("/app/appeals", "/app/imports", "/app/sessions", "/app/measures")) {
            browser.get(Platform.GATEWAY + page);
            waitForHeading("无权访问此页面");
        }
    }

    /** A table uploaded, previewed (nothing saved), refused without a file, then confirmed; its measures are listed. */
    @Test
    void the_office_previews_an_import_and_confirms_it() throws Exception {
        String programme = "ui-" + Long.toString(System.nanoTime(), 36);
        logIn("supervisor");
        browser.get(Platform.GATEWAY + "/app/imports");
        waitForHeading("导入任务分工表");
        accessible("import-form");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(By.cssSelector(".error-summary"));
        assertTrue(fieldError("programme").length() > 0 && fieldError("file").length() > 0, "both errors beside their fields");
        accessible("import-form-errors");

        type("programme", programme);
        browser.findElement(By.id("file")).sendKeys(
                org.reformhub.kernel.testing.RepositoryFiles.find("deploy/seed/reform-task-table.txt").toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        waitForHeading("导入预览");
        assertTrue(browser.findElement(By.cssSelector(".summary-list")).getText().contains("将新建此任务"));
        accessible("import-preview");
        screenshot("import-preview");
        Platform.gatewayAs(Tokens.supervisor()).get("/api/registry/programmes/" + programme).then().statusCode(404);

        browser.findElement(By.xpath("//button[text()='确认导入']")).click();
        waitForHeading("导入完成");
        accessible("import-done");
        Platform.gatewayAs(Tokens.supervisor()).get("/api/registry/programmes/" + programme).then().statusCode(200);

        // progress hears of the measures through Kafka: the list fills within seconds
        new WebDriverWait(browser, WAIT).until(d -> {
            d.get(Platform.GATEWAY + "/app/measures?programme=" + programme + "&sort=code");
            return !d.findElements(By.cssSelector("table tbody tr")).isEmpty();
        });
        assertTrue(browser.findElement(By.cssSelector(".pager__count")).getText().matches("共 \\d+ 条.*"));
        accessible("measures");
        screenshot("measures");
        browser.get(Platform.GATEWAY + "/app/programmes");
        waitForHeading("改革任务");
        accessible("programmes");
    }

    /** A face-to-face session planned and closed, a 督办单 issued and answered by the unit, a monthly report sent. */
    @Test
    void the_office_runs_a_session_supervises_a_unit_and_reports_to_the_city() throws Exception {
        logIn("supervisor");
        browser.get(Platform.GATEWAY + "/app/sessions");
        waitForHeading("面对面");
        accessible("sessions");
        browser.findElement(By.xpath("//button[text()='新建并拟定议程']")).click();
        waitFor(By.cssSelector(".error-summary"));
        assertTrue(fieldError("title").length() > 0, "the missing title is shown beside its field");
        type("title", "浏览器测试面对面");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('heldOn').value = arguments[0];",
                java.time.LocalDate.now().plusDays(7).toString());
        type("hosts", "张主任");
        browser.findElement(By.xpath("//button[text()='新建并拟定议程']")).click();
        waitForHeading("浏览器测试面对面");
        accessible("session");
        type("summary", "会议研究了企业诉求。");
        browser.findElement(By.xpath("//button[text()='结束会议并生成纪要']")).click();
        waitFor(By.cssSelector(".notice"));
        assertTrue(browser.findElement(By.cssSelector(".notice")).getText().contains("会议已结束"));

        browser.get(Platform.GATEWAY + "/app/supervision");
        waitForHeading("督办");
        accessible("supervision");
        browser.findElement(By.id("subjectKind-appeal")).click();
        type("subjectRef", "ZTC-202612-00001");
        new Select(browser.findElement(By.id("dept"))).selectByValue("zwsj");
        type("reason", "请加快办理");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('replyDue').value = arguments[0];",
                java.time.LocalDate.now().plusDays(5).toString());
        browser.findElement(By.xpath("//button[text()='发出督办单']")).click();
        waitFor(By.cssSelector(".notice"));
        String notice = browser.getCurrentUrl().replaceAll("\\?.*", "");
        accessible("supervision-notice");

        logIn("zwsj-officer");
        browser.get(notice);
        waitFor(By.xpath("//button[text()='签收']"));
        browser.findElement(By.xpath("//button[text()='签收']")).click();
        waitFor(By.cssSelector(".notice"));
        type("reply", "已安排专人办理");
        browser.findElement(By.xpath("//button[text()='回复']")).click();
        // the acknowledgement's notice is still on the page until the reply's answer replaces it: wait for the reply
        waitUntil("the reply in the notice's timeline", d -> d.findElements(By.cssSelector(".timeline")).stream()
                .anyMatch(t -> t.getText().contains("已安排专人办理")));
        waitFor(By.cssSelector(".notice"));
        assertTrue(browser.findElement(By.cssSelector(".timeline")).getText().contains("已安排专人办理"));
        accessible("supervision-replied");

        logIn("supervisor");
        browser.get(Platform.GATEWAY + "/app/reports");
        waitForHeading("向市政府报告");
        accessible("city-reports");
        browser.findElement(By.xpath("//button[text()='生成并报送月报']")).click();
        waitFor(By.cssSelector(".notice"));
        accessible("city-report");
        String document = (String) ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[0];"
                + " fetch(location.pathname + '/document').then(r => done(r.status + ' ' + r.headers.get('content-type')));");
        assertTrue(document.startsWith("200 application/vnd.openxmlformats-officedocument.wordprocessingml"), document);
    }

    /**
     * An enterprise registers itself on the login page (its 统一社会信用代码 kept in the account, not typed again) and
     * files at once; a department officer invited by the administrator sets a password from Keycloak's e-mail and logs
     * in as a unit of the department.
     */
    @Test
    void an_enterprise_registers_itself_and_an_invited_officer_sets_a_password_from_the_e_mail() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String uscc = usccWithCheckDigit("91440400MA" + suffix.toUpperCase().replaceAll("[^0-9A-HJ-NPQRTUWXY]", "0")
                .substring(0, 7));
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        browser.get(Platform.GATEWAY + "/app/");
        waitFor(By.cssSelector("a[href*='login-actions/registration']"));
        browser.findElement(By.cssSelector("a[href*='login-actions/registration']")).click();
        waitFor(By.id("uscc"));
        type("username", "qiye-" + suffix);
        type("email", "qiye-" + suffix + "@example.com");
        type("firstName", "示例");
        type("lastName", "企业");
        type("uscc", uscc);
        type("password", "Reform-" + suffix);
        type("password-confirm", "Reform-" + suffix);
        browser.findElement(By.cssSelector("form [type=submit]")).click();
        waitFor(By.cssSelector("main h1"));
        assertTrue(heading().startsWith("您好"), heading());
        assertTrue(browser.findElement(By.cssSelector(".site-header__role")).getText().contains("企业"));
        browser.findElement(By.linkText("反映诉求")).click();
        waitForHeading("反映诉求");
        answerQuestions("自助注册示例企业", "王五", "0756-1112223", null, "金湾", "浏览器测试：注册后反映诉求",
                "注册后第一次反映诉求。");
        confirmFiling();
        String caseNumber = browser.findElement(By.cssSelector(".panel strong")).getText();
        Platform.gatewayAs(Tokens.supervisor()).get("/api/appeals/appeals/" + caseNumber).then().statusCode(200)
                .body("uscc", org.hamcrest.Matchers.equalTo(uscc));

        // the administrator invites an officer of 市税务局; Keycloak mails the link through the platform's mail server
        String officer = "swj-" + suffix;
        String mailbox = officer + "@example.com";
        logIn("admin");
        browser.get(Platform.GATEWAY + "/app/admin/accounts");
        waitForHeading("账号管理");
        accessible("admin-accounts");
        browser.findElement(By.xpath("//button[text()='发送邀请']")).click();
        waitFor(By.cssSelector(".error-summary"));
        assertTrue(fieldError("username").length() > 0 && fieldError("email").length() > 0 && fieldError("dept").length() > 0);
        accessible("admin-accounts-errors");
        type("username", officer);
        type("name", "张税务");
        type("email", mailbox);
        new Select(browser.findElement(By.id("dept"))).selectByValue("swj");
        browser.findElement(By.xpath("//button[text()='发送邀请']")).click();
        waitFor(By.cssSelector(".notice"));
        screenshot("admin-accounts");
        String link = org.reformhub.kernel.testing.Mailbox.link(mailbox, "login-actions/action-token");

        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        browser.get(link);
        // Keycloak first says what the link will do, with a link to go on
        waitUntil("the set-password form or the step before it", d -> !d.findElements(By.id("password-new")).isEmpty()
                || !d.findElements(By.cssSelector("a[href*='action-token']")).isEmpty());
        if (browser.findElements(By.id("password-new")).isEmpty()) {
            browser.findElement(By.cssSelector("a[href*='action-token']")).click();
        }
        waitFor(By.id("password-new"));
        type("password-new", "Officer-" + suffix);
        type("password-confirm", "Officer-" + suffix);
        browser.findElement(By.cssSelector("form [type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(d -> d.findElements(By.id("password-new")).isEmpty());
        // the new password works: a fresh login lands on the console as an officer of 市税务局
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        browser.get(Platform.GATEWAY + "/app/");
        waitFor(By.id("username"));
        browser.findElement(By.id("username")).sendKeys(officer);
        browser.findElement(By.id("password")).sendKeys("Officer-" + suffix);
        browser.findElement(By.id("kc-login")).click();
        waitFor(By.cssSelector("main h1"));
        assertTrue(browser.findElement(By.cssSelector(".site-header__role")).getText().contains("swj"),
                browser.findElement(By.cssSelector(".site-header__role")).getText());
    }

    /** GB 32100-2015: the 18th character of a 统一社会信用代码 from the first 17. */
    private static String usccWithCheckDigit(String first17) {
        String chars = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        int[] weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += chars.indexOf(first17.charAt(i)) * weights[i];
        }
        return first17 + chars.charAt((31 - sum % 31) % 31);
    }

    /** From the check page: confirmed, filed, and the confirmation with its case number. */
    /** The filing's three question pages answered, arriving at the check page. {@code category} null: the first. */
    private static void answerQuestions(String enterprise, String contact, String phone, String category, String district,
                                        String title, String description) {
        waitForHeading("反映诉求");
        type("enterpriseName", enterprise);
        type("contactPerson", contact);
        type("phone", phone);
        nextPage();
        waitFor(By.id("category"));
        Select categories = new Select(browser.findElement(By.id("category")));
        if (category == null) {
            categories.selectByIndex(1);
        } else {
            categories.selectByValue(category);
        }
        new Select(browser.findElement(By.id("district"))).selectByVisibleText(district);
        nextPage();
        waitFor(By.id("title"));
        type("title", title);
        type("description", description);
        nextPage();
    }

    /** 下一步 on a question page. */
    private static void nextPage() {
        browser.findElement(By.cssSelector("form[action$='/appeals/new/check'] button[type=submit]:not([name=go])")).click();
    }

    private static void confirmFiling() {
        waitForHeading("请核对您的诉求");
        browser.findElement(By.xpath("//button[text()='确认提交']")).click();
        waitFor(By.cssSelector(".panel"));
    }

    /**
     * Every list searches, pages and exports (#23 point 4): the office finds progress reports by state and words and
     * downloads the same view; a unit sees its own; a person finds a message in the inbox by its words and date.
     */
    @Test
    void the_office_searches_the_progress_reports_and_a_person_finds_a_message() throws Exception {
        String marker = "检索" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String filed = Platform.gatewayAs(Tokens.forUser("enterprise-a")).contentType("application/json").body("""
                {"enterpriseName":"横琴示例科技","contactPerson":"张三","phone":"0756-1234567","category":"land",
                 "title":"%s 厂房用地","description":"消息检索测试","district":"横琴"}""".formatted(marker))
                .post("/api/appeals/appeals").then().statusCode(201).extract().path("caseNumber");

        logIn("supervisor");
        browser.get(Platform.GATEWAY + "/app/progress-reports");
        waitForHeading("进展报告");
        accessible("progress-reports");
        new Select(browser.findElement(By.id("status"))).selectByValue("APPROVED");
        type("q", "1-01");
        browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitUntil("the filtered list", d -> d.getCurrentUrl().contains("status=APPROVED"));
        assertEquals("1-01", value("q"), "the filter stays as typed");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.table tbody tr"));
        assertTrue(!rows.isEmpty() && rows.stream().allMatch(r -> r.getText().contains("1-01")), "only 1-01's reports");
        assertTrue(browser.findElement(By.cssSelector(".pager__count")).getText().startsWith("共 "));
        String exported = (String) ((JavascriptExecutor) browser).executeAsyncScript("var done = arguments[0];"
                + " fetch(document.querySelector('.pager a[href*=\".xlsx\"]').getAttribute('href'))"
                + ".then(r => done(r.status + ' ' + r.headers.get('content-type')));");
        assertTrue(exported.startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), exported);
        accessible("progress-reports-filtered");

        // the office's inbox heard of the filing: found by its words and today's date, unread only
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> Platform.gatewayAs(Tokens.supervisor())
                .queryParam("q", marker).queryParam("page", 0).get("/api/notifications/inbox").then().extract()
                .jsonPath().getInt("total") >= 1);
        String today = CityTime.today().toString();
        browser.get(Platform.GATEWAY + "/app/inbox?q=" + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8)
                + "&from=" + today + "&to=" + today + "&unread=true");
        waitForHeading("消息");
        List<WebElement> messages = browser.findElements(By.cssSelector(".messages .message"));
        assertEquals(1, messages.size(), "the one message about the case");
        assertTrue(messages.get(0).getText().contains(filed), messages.get(0).getText());
        assertTrue(browser.findElement(By.id("unread")).isSelected());
        accessible("inbox-filtered");
        browser.get(Platform.GATEWAY + "/app/inbox?q=" + java.net.URLEncoder.encode(marker, java.nio.charset.StandardCharsets.UTF_8)
                + "&to=2020-01-01");
        waitForHeading("消息");
        assertTrue(browser.findElement(By.cssSelector("main")).getText().contains("没有符合条件的消息"));

        // a unit: its own reports only, no unit filter
        logIn("zwsj-officer");
        browser.get(Platform.GATEWAY + "/app/progress-reports");
        waitForHeading("本单位报告");
        assertTrue(browser.findElements(By.id("dept")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector("table.table tbody tr")).stream()
                .allMatch(r -> r.getText().contains("zwsj")), "its own reports");
        accessible("progress-reports-unit");
    }

    /** A fresh login: the gateway's session cookie and Keycloak's (path /realms/…) both go. */
    private static void logIn(String username) {
        ((ChromeDriver) browser).executeCdpCommand("Network.clearBrowserCookies", java.util.Map.of());
        browser.get(Platform.GATEWAY + "/app/");
        waitFor(By.id("username"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(Tokens.PASSWORD);
        browser.findElement(By.id("kc-login")).click();
        // back on the console with a session (not still on Keycloak's page or the code callback), so that the next
        // browser.get is not overtaken by the login's last redirect
        waitUntil("the console after logging in as " + username, d -> d.getCurrentUrl().startsWith(Platform.GATEWAY + "/app")
                && !d.getCurrentUrl().contains("code=") && !d.findElements(By.cssSelector(".site-header__role")).isEmpty());
        waitFor(By.cssSelector("main h1"));
    }

    private static int appealsOf(String user) {
        return Platform.gateway().auth().oauth2(Tokens.forUser(user)).get("/api/appeals/appeals?limit=500")
                .then().statusCode(200).extract().jsonPath().getList("items").size();
    }

    /** axe-core on the page as it is now: no serious or critical violation of WCAG 2.1 A and AA. */
    private static void accessible(String name) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("var done = arguments[0];"
                + " axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                + ".then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))).catch(e => done('ERROR ' + e));");
        String text = String.valueOf(result);
        assertTrue(!text.startsWith("ERROR"), name + ": axe failed: " + text);
        JsonNode violations = JSON.readTree(text);
        StringBuilder serious = new StringBuilder();
        for (JsonNode v : violations) {
            String impact = v.path("impact").asText();
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.append(v).append('\n');
            }
        }
        assertEquals("", serious.toString(), name + ": serious or critical accessibility violations");
    }

    private static String heading() {
        return browser.findElement(By.cssSelector("main h1")).getText();
    }

    private static void waitForHeading(String text) {
        waitUntil("a heading with " + text, d -> d.findElements(By.cssSelector("main h1")).stream()
                .anyMatch(h -> h.getText().contains(text)));
    }

    private static void waitFor(By by) {
        waitUntil(by.toString(), d -> !d.findElements(by).isEmpty());
    }

    /** Waits; on a timeout the page as it was (screenshot and source in target/browser) and what it said. */
    private static void waitUntil(String what, java.util.function.Function<WebDriver, Boolean> condition) {
        try {
            // a page replaced while it is read (a form's answer arriving) is read again, not a failure
            new WebDriverWait(browser, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            String name = "failed-" + System.currentTimeMillis();
            try {
                screenshot(name);
                Files.writeString(SHOTS.resolve("console-" + name + ".html"), browser.getPageSource());
            } catch (Exception ignored) {
                // the report below is what matters
            }
            List<WebElement> h1 = browser.findElements(By.tagName("h1"));
            throw new AssertionError("waited for " + what + " at " + browser.getCurrentUrl() + " (page: "
                    + (h1.isEmpty() ? browser.getTitle() : h1.get(0).getText()) + ", saved as " + name + ")", e);
        }
    }

    private static void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    private static String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    private static String fieldError(String id) {
        List<WebElement> error = browser.findElements(By.id(id + "-error"));
        return error.isEmpty() ? "" : error.get(0).getText();
    }

    private static void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve("console-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

}
