package com.expressrouteadvisor.browser;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One headless Debian Chromium per test class, driven through the system's {@code /usr/bin/chromedriver}. Both
 * paths are given to Selenium, so Selenium Manager never looks for (or downloads) a browser or a driver. When
 * the browser is missing the tests fail, saying how to install it: a browser test that skips silently would
 * let a broken page pass. A failed test leaves a screenshot and the page's HTML under
 * {@code target/browser-failures/}.
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback, TestWatcher {

    static final Path BROWSER = Path.of(System.getProperty("advisor.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("advisor.chromedriver", "/usr/bin/chromedriver"));
    static final Path FAILURES = Path.of("target", "browser-failures");
    /** Long enough for a loaded 2-core machine; a wait ends as soon as its condition holds. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private ChromeDriver driver;
    private Path profileFolder;
    private Path downloads;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException("The browser tests need Debian's Chromium and its driver (" + BROWSER
                    + ", " + DRIVER + "), and at least one is missing. Run ./test.sh, which installs them, or "
                    + "install them yourself: sudo apt-get install -y chromium chromium-driver");
        }
        profileFolder = Files.createTempDirectory("advisor-chromium-");
        downloads = Files.createDirectories(Path.of("target", "browser-downloads",
                context.getRequiredTestClass().getSimpleName()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profileFolder, "--window-size=1400,1000",
                "--lang=en-US");
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profileFolder != null) {
            try (Stream<Path> files = Files.walk(profileFolder)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver == null) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(FAILURES);
            Files.write(FAILURES.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(FAILURES.resolve(name + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Path downloads() {
        return downloads;
    }

    /** The viewport (not the window) this wide and tall: what a CSS media query sees. */
    public void viewport(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long innerWidth = (Long) script("return window.innerWidth;");
        long innerHeight = (Long) script("return window.innerHeight;");
        driver.manage().window().setSize(new Dimension(width + (width - (int) innerWidth),
                height + (height - (int) innerHeight)));
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, PATIENCE);
    }

    public void screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
