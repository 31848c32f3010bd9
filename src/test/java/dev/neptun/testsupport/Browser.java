package dev.neptun.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium, driven through Debian's chromedriver, both named by path so that
 * Selenium Manager never downloads anything; a fresh profile each time. One per test class, started
 * before its first test and closed after its last (a JUnit extension): the browser starts in about a
 * second, a test only clears its cookies.
 */
public final class Browser implements BeforeAllCallback, AfterAllCallback {

    public enum Width {
        DESKTOP(1280, 900, false), PHONE(375, 812, true);

        final int width;
        final int height;
        final boolean mobile;

        Width(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private ChromeDriverService service;
    private ChromeDriver driver;
    private Path profile;

    private Browser() {
    }

    /** A browser for the test class that registers it ({@code @RegisterExtension static final Browser browser = Browser.perClass();}). */
    public static Browser perClass() {
        return new Browser();
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("neptun-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        // The background-networking flags keep chromium from calling out: this machine's network is closed.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        // The console, so that a test can see what the Content-Security-Policy refused.
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, Level.ALL.getName()));
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits for what a test expects to see; the page answers within milliseconds, a busy server within seconds. */
    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** Opens the page at the server's base URL, the origin the API accepts writes from, plus a fragment. */
    public void open(String fragment) {
        driver.get(Api.base() + fragment);
    }

    /** Signs in as the user by giving the browser their session cookie, as login would; no page is loaded after. */
    public void signInAs(ApiUser user) {
        signOut();
        driver.get(Api.base() + "api/status"); // a cookie can only be set on a page of its origin
        driver.manage().addCookie(new Cookie.Builder("neptun-session", user.token()).path("/").isHttpOnly(true).build());
    }

    /** Forgets every cookie: each test starts signed out, whatever the test before it did. */
    public void signOut() {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
    }

    /** The token the browser holds in its neptun-session cookie (WebDriver sees HttpOnly cookies). */
    public String sessionToken() {
        Cookie cookie = driver.manage().getCookieNamed("neptun-session");
        return cookie == null ? null : cookie.getValue();
    }

    /** Renders the page at this width, as a phone's or a desktop's viewport (device metrics, not the window). */
    public void viewAt(Width width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width.width, "height", width.height, "deviceScaleFactor", 1, "mobile", width.mobile));
    }

    /** Saves what the viewport shows as target/screenshots/{name}.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console's errors since the last call (CSP refusals, failed loads, script errors). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            if (profile != null) {
                deleteProfile();
            }
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
