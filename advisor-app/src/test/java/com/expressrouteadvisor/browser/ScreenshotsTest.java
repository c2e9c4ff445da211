package com.expressrouteadvisor.browser;

import com.expressrouteadvisor.service.DecisionService;
import com.expressrouteadvisor.service.ServiceSettings;
import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Screenshots of the workbench with a customer's advice and of the portfolio report, at a desktop and a phone
 * width, under {@code target/screenshots/}: the pictures docs/workbench.md shows (copied to docs/images/).
 */
class ScreenshotsTest {

    @RegisterExtension
    static final HeadlessChromium BROWSER = new HeadlessChromium();

    static final Path SHOTS = Path.of("target", "screenshots");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void workbenchWithAdvice() throws IOException {
        try (DecisionService service = DecisionService.start(ServiceSettings.defaults(TestAdvisors.RULES,
                TestAdvisors.REFERENCE).withListener("127.0.0.1", 0))) {
            String sample = Files.readString(Path.of("facts", "samples", "one-customer.json"));
            BROWSER.viewport(1400, 1000);
            BROWSER.driver().get("http://127.0.0.1:" + service.port() + "/?lang=en");
            BROWSER.waiting().until(d -> "true".equals(BROWSER.script("return document.body.dataset.ready;")));
            Path profile = Files.writeString(Files.createTempFile("advisor-sample-", ".json"), sample);
            BROWSER.driver().findElement(By.id("import-file")).sendKeys(profile.toAbsolutePath().toString());
            BROWSER.waiting().until(d -> BROWSER.driver().findElement(By.id("notice")).getText().length() > 0
                    && "false".equals(BROWSER.script("return document.body.dataset.evaluating;")));
            BROWSER.script("document.getElementById('advice').scrollTop = 0; window.scrollTo(0, 0);");
            BROWSER.screenshot(SHOTS.resolve("workbench.png"));
            BROWSER.viewport(420, 900);
            BROWSER.screenshot(SHOTS.resolve("workbench-narrow.png"));
            Files.delete(profile);
        }
        assertPng("workbench.png");
        assertPng("workbench-narrow.png");
    }

    @Test
    void portfolioReport() throws IOException {
        Path report = Path.of("target", "browser-reports", "sample-en.html");
        if (!Files.exists(report)) {
            Files.createDirectories(report.getParent());
            new ReportBrowserTest.Reports().sample(report);
        }
        for (int width : new int[]{1400, 420}) {
            BROWSER.viewport(width, 1100);
            BROWSER.driver().get(report.toAbsolutePath().toUri().toString());
            BROWSER.waiting().until(d -> "true".equals(BROWSER.script("return document.body.dataset.ready;")));
            BROWSER.script("document.querySelector('#customers button.open').click();"
                    + "document.querySelector('.customers').scrollIntoView();");
            BROWSER.screenshot(SHOTS.resolve("report-table-" + width + ".png"));
            BROWSER.script("window.scrollTo(0, 0);");
            BROWSER.screenshot(SHOTS.resolve("report-" + width + ".png"));
            assertPng("report-" + width + ".png");
        }
    }

    private static void assertPng(String name) throws IOException {
        byte[] bytes = Files.readAllBytes(SHOTS.resolve(name));
        assertThat(bytes).hasSizeGreaterThan(10_000).startsWith(PNG);
    }
}
