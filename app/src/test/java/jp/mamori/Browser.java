package jp.mamori;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for end-to-end tests: Debian's {@code chromium} and {@code chromium-driver}
 * (installed by .ci/run), never a browser downloaded by a test tool. Paths come from
 * {@code MAMORI_CHROMIUM} and {@code MAMORI_CHROMEDRIVER}, defaulting to Debian's.
 */
public final class Browser {

    private Browser() {
    }

    static Path chromium() {
        return Path.of(System.getenv().getOrDefault("MAMORI_CHROMIUM", "/usr/bin/chromium"));
    }

    static Path chromedriver() {
        return Path.of(System.getenv().getOrDefault("MAMORI_CHROMEDRIVER", "/usr/bin/chromedriver"));
    }

    /** Why no browser can be started here, or null when one can. */
    static String missing() {
        if (!Files.isExecutable(chromium())) {
            return "Chromium not found at " + chromium() + " (apt-get install chromium, or set MAMORI_CHROMIUM)";
        }
        if (!Files.isExecutable(chromedriver())) {
            return "ChromeDriver not found at " + chromedriver()
                    + " (apt-get install chromium-driver, or set MAMORI_CHROMEDRIVER)";
        }
        return null;
    }

    /** A new headless browser with an empty profile, Japanese as its language. The caller quits it. */
    public static ChromeDriver start() {
        return start("ja");
    }

    public static ChromeDriver start(String language) {
        return start(language, false);
    }

    /**
     * A browser the size of a phone held upright (390 × 844 CSS pixels, an iPhone 12–15), for the pages that every
     * member of staff answers from wherever they are: reporting an incident, answering a self-inspection.
     */
    public static ChromeDriver startNarrow() {
        return start("ja", true);
    }

    /**
     * Whether the page fits a narrow window: nothing wider than the viewport, so that nobody scrolls sideways to
     * reach a field or a button. Returns the widths when it does not, for the assertion message.
     */
    public static String overflowOf(WebDriver driver) {
        var widths = (java.util.List<?>) ((JavascriptExecutor) driver).executeScript(
                "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];");
        long content = ((Number) widths.get(0)).longValue();
        long viewport = ((Number) widths.get(1)).longValue();
        return content <= viewport ? null : "content " + content + " px wide in a " + viewport + " px window";
    }

    private static ChromeDriver start(String language, boolean narrow) {
        var options = new ChromeOptions();
        options.setBinary(chromium().toFile());
        // The flags Debian's Chromium needs as root in a closed network (see the machine notes).
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,1024", "--lang=" + language);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        if (narrow) {
            // Headless Chromium will not make a window narrower than 500 px; device emulation sets the viewport
            // exactly. Not as "mobile": ChromeDriver then clicks at the layout position of a control while the
            // page is scrolled, so any button below the first screen was missed (the incident journey's forms).
            // The layout the tests check depends on the width alone (media queries, the viewport meta tag).
            options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
                    java.util.Map.of("width", 390, "height", 844, "pixelRatio", 2.0, "touch", false, "mobile", false)));
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver().toString()))
                .usingAnyFreePort()
                .build();
        var driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /**
     * Clicks a link or button that loads another page and returns once that page has replaced this one and finished
     * loading. A bare click may return while the old page is still shown (it did under load, and the next assertion
     * then read the old page).
     */
    public static void clickAndWait(WebDriver driver, By target) {
        var page = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        var wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /**
     * Keeps what the browser shows as {@code target/screenshots/<name>.png}, for people reviewing a run (the build
     * keeps the directory as a test artefact).
     */
    public static void screenshot(WebDriver driver, String name) {
        try {
            var png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            var directory = Path.of("target", "screenshots");
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
