package org.relieve.journey;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.relieve.testdb.TestDatabaseConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * A real-browser journey: the whole application on a random port, in demo mode on the test
 * database, driven by the machine's headless Chromium. Without Chromium the journeys are skipped on
 * a developer's machine and fail in CI ({@code CI=true}), where a skipped journey would hide a gap.
 * Screenshots of the key steps land in {@code target/screenshots/<journey>-<nn>-<step>.png}; files
 * the browser downloads land in {@link #downloads}. Each journey prints its duration and the
 * server's time for its main step ({@link #mainStep}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
@Import({TestDatabaseConfiguration.class, UidlTimings.class})
public abstract class BrowserJourney {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String PASSWORD = "relieve-demo";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Map<Class<?>, AtomicInteger> SHOTS = new ConcurrentHashMap<>();

    /** True when every Vaadin client on the page has answered its last round trip. */
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            return Object.values(flow.clients)
                .every(client => typeof client.isActive !== 'function' || !client.isActive());
            """;

    @LocalServerPort
    int port;

    @Autowired
    UidlTimings.Recorder serverTimings;

    protected WebDriver driver;
    protected WebDriverWait wait;
    /** Where the browser saves downloads, without asking: empty at the start of each journey. */
    protected Path downloads;
    private Path profile;
    private long startedAt;
    private String mainStepLine = "no main step timed";

    /** A failing step leaves a picture of the page it failed on, taken before the browser closes. */
    @RegisterExtension
    final TestExecutionExceptionHandler screenshotOnFailure = (context, failure) -> {
        if (driver != null) {
            try {
                screenshot("failed");
            } catch (RuntimeException ignored) {
                failure.addSuppressed(ignored);
            }
        }
        throw failure;
    };

    @BeforeAll
    static void browserInstalled() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = "Browser journeys need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian/Ubuntu: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(missing + "; CI=true, so a missing browser is a failure, not a skip.");
        }
        Assumptions.abort(missing + "; skipped on this machine.");
    }

    @BeforeEach
    void openBrowser() throws IOException {
        // The driver is given, so Selenium Manager has nothing to look up; offline in case it runs anyway.
        System.setProperty("SE_OFFLINE", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        profile = Files.createTempDirectory("relieve-chromium-");
        downloads = Files.createDirectories(profile.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900", "--lang=en-US", "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US,en",
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        // the console is where Chromium reports what the Content-Security-Policy blocked
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, PATIENCE);
        Files.createDirectories(SCREENSHOTS);
        startedAt = System.nanoTime();
    }

    /**
     * Every journey ends by checking that the Content-Security-Policy blocked nothing on its way: a
     * policy too strict for Vaadin would break pages in ways a journey might not notice.
     */
    @AfterEach
    void closeBrowser() throws IOException {
        System.out.printf(Locale.ROOT, "[journey timing] %-12s total %6.1f s | %s%n", journeyName(),
                (System.nanoTime() - startedAt) / 1e9, mainStepLine);
        List<String> violations = List.of();
        if (driver != null) {
            violations = contentSecurityPolicyViolations();
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        if (!violations.isEmpty() && expectsNoViolations()) {
            fail("The Content-Security-Policy blocked something:\n" + String.join("\n", violations));
        }
    }

    /** A journey that provokes a violation on purpose says so here. */
    protected boolean expectsNoViolations() {
        return true;
    }

    /** Console messages in which the browser reports a Content-Security-Policy violation, since the last call. */
    protected List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    /**
     * Does the journey's main interaction (a click and the wait for its answer) and records what
     * the server spent on it: the Vaadin round trips it caused, summed, against the time the
     * browser waited.
     */
    protected UidlTimings.Step mainStep(String label, Runnable interaction) {
        waitForVaadin();
        long mark = serverTimings.mark();
        interaction.run();
        waitForVaadin();
        double browserMillis = (System.nanoTime() - mark) / 1e6;
        UidlTimings.Step step = serverTimings.since(mark);
        mainStepLine = String.format(Locale.ROOT, "main step %-22s server %6.1f ms in %d round trip(s), browser %6.1f ms",
                "'" + label + "'", step.serverMillis(), step.roundTrips(), browserMillis);
        return step;
    }

    /** The journey's name in screenshot files: {@code JourneyFrontDeskTest} is "frontdesk". */
    protected String journeyName() {
        return getClass().getSimpleName().replaceFirst("^Journey", "").replaceFirst("Test$", "")
                .toLowerCase(Locale.ROOT);
    }

    protected void open(String path) {
        driver.get("http://localhost:" + port + "/" + path.replaceFirst("^/", ""));
        waitForVaadin();
    }

    /** Signs in through the login form, as a person would, and waits for the home page. */
    protected void signIn(String username) {
        open("login");
        WebElement name = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        name.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(PASSWORD);
        buttonInForm().click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        waitForVaadin();
        waitFor(By.xpath("//h2[starts-with(normalize-space(), 'Welcome')]"));
    }

    private WebElement buttonInForm() {
        return waitFor(By.cssSelector("vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"));
    }

    /** Waits until Vaadin has no request in flight, so the page shows the server's last answer. */
    protected void waitForVaadin() {
        wait.until(browser -> Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(VAADIN_IDLE)));
    }

    protected WebElement waitFor(By locator) {
        waitForVaadin();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** The first shown and enabled match: a page may hold hidden twins (another overlay's "Cancel"). */
    protected WebElement waitForClickable(By locator) {
        waitForVaadin();
        return new WebDriverWait(driver, PATIENCE).withMessage("nothing shown and enabled matches " + locator)
                .until(browser -> browser.findElements(locator).stream()
                        .filter(element -> element.isDisplayed() && element.isEnabled()).findFirst().orElse(null));
    }

    protected void click(By locator) {
        waitForClickable(locator).click();
        waitForVaadin();
    }

    protected static By button(String text) {
        return By.xpath("//vaadin-button[normalize-space()='" + text + "']");
    }

    protected static By sideNav(String title) {
        return By.xpath("//vaadin-side-nav-item[normalize-space()='" + title + "']");
    }

    protected static By gridCell(String text) {
        return By.xpath("//vaadin-grid-cell-content[normalize-space()='" + text + "']");
    }

    protected static By heading(String text) {
        return By.xpath("//h2[normalize-space()='" + text + "']");
    }

    /** Types into the client list's search and waits until the grid holds only what matches. */
    protected void searchClients(String text, int expectedRows) {
        waitFor(By.cssSelector("input[placeholder='Search by name, phone or email']")).sendKeys(text);
        wait.until(browser -> Long.valueOf(expectedRows).equals(script("""
                const grid = document.querySelector('vaadin-grid');
                return grid.loading ? -1 : grid.size;""")));
        waitForVaadin();
    }

    protected Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    @SuppressWarnings("unchecked")
    protected List<WebElement> elements(String script, Object... arguments) {
        return (List<WebElement>) script(script, arguments);
    }

    /**
     * Saves the page as {@code target/screenshots/<journey>-<nn>-<step>.png}, numbered across the
     * journey class's tests; the class's pictures of an earlier run are removed first.
     */
    protected Path screenshot(String step) {
        waitForVaadin();
        AtomicInteger counter = SHOTS.computeIfAbsent(getClass(), journey -> {
            removeEarlierScreenshots();
            return new AtomicInteger();
        });
        Path file = SCREENSHOTS.resolve(String.format(Locale.ROOT, "%s-%02d-%s.png", journeyName(),
                counter.incrementAndGet(), step));
        try {
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.move(taken, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the screenshot " + file, e);
        }
        return file;
    }

    private void removeEarlierScreenshots() {
        try (Stream<Path> files = Files.list(SCREENSHOTS)) {
            files.filter(path -> path.getFileName().toString().startsWith(journeyName() + "-"))
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
