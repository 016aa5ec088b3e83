import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The console's pages in headless Chromium (bench/console.sh): first contentful paint and the script each page
 * loads (transfer size, gzip as served), each page loaded ROUNDS times after one warm-up load. The person's token
 * goes as a header on every request (Chrome DevTools), so the pages are measured as the console serves them.
 *
 *   java -cp <selenium> bench/ConsolePaint.java CONSOLE_URL TOKEN ROUNDS PATH...
 */
public class ConsolePaint {

    public static void main(String[] args) {
        String base = args[0];
        String token = args[1];
        int rounds = Integer.parseInt(args[2]);
        List<String> paths = List.of(args).subList(3, args.length);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("chromedriver", "/usr/bin/chromedriver"))).build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
            browser.executeCdpCommand("Network.enable", Map.of());
            browser.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Authorization", "Bearer " + token)));
            for (String path : paths) {
                browser.get(base + path); // warm-up: the JIT and the caches, as for any later visitor
                double[] paints = new double[rounds];
                long script = 0;
                for (int r = 0; r < rounds; r++) {
                    browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
                    browser.get(base + path);
                    // the paint may come after the load event on a fast page: wait for its entry (up to 5 s)
                    Object fcp = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[0];"
                            + " const seen = performance.getEntriesByName('first-contentful-paint')[0];"
                            + " if (seen) { done(seen.startTime); return; }"
                            + " new PerformanceObserver(list => { const e = list.getEntriesByName('first-contentful-paint')[0];"
                            + " if (e) { done(e.startTime); } }).observe({type: 'paint', buffered: true});"
                            + " setTimeout(() => done(-1), 5000);");
                    paints[r] = ((Number) fcp).doubleValue();
                    script = ((Number) ((JavascriptExecutor) browser).executeScript(
                            "return performance.getEntriesByType('resource').filter(e => e.initiatorType === 'script')"
                                    + ".reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize), 0);")).longValue();
                }
                java.util.Arrays.sort(paints);
                System.out.printf("%s fcp_median_ms=%.0f fcp_max_ms=%.0f script_bytes=%d title=%s%n", path,
                        paints[rounds / 2], paints[rounds - 1], script, browser.getTitle());
            }
        } finally {
            browser.quit();
        }
    }
}
