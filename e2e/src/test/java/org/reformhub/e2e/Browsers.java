package org.reformhub.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The browser tests' Chromium: Debian's, headless, with a profile of its own that nothing else touches. */
final class Browsers {

    private Browsers() {
    }

    static WebDriver chromium(String profile) throws IOException {
        String chromium = System.getProperty("e2e.chromium", "/usr/bin/chromium");
        String driver = System.getProperty("e2e.chromedriver", "/usr/bin/chromedriver");
        assertTrue(new File(chromium).canExecute() && new File(driver).canExecute(),
                "Chromium and chromedriver are needed (Debian: apt-get install chromium chromium-driver; test.sh installs them as root)");
        ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--lang=zh-CN",
                "--user-data-dir=" + Files.createTempDirectory("reformhub-" + profile));
        // as a browser in China asks: headless Chromium sends en-US whatever --lang says
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "zh-CN,zh"));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(),
                options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return browser;
    }
}
