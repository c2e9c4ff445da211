package com.expressrouteadvisor.browser;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.OutputFormat;
import com.expressrouteadvisor.report.ResultWriter;
import com.expressrouteadvisor.support.TestAdvisors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML portfolio report of {@code evaluate --format html}, opened in a real browser at the widths people use. */
class ReportBrowserTest {

    @RegisterExtension
    static final HeadlessChromium BROWSER = new HeadlessChromium();

    private static final Path REPORTS = Path.of("target", "browser-reports");
    private static final String COLUMNS_FIT = """
            const viewport = document.documentElement.clientWidth;
            const cells = [...document.querySelectorAll('#customers th, #customers tbody tr:not(.detail) td')];
            const outside = cells.filter(c => { const r = c.getBoundingClientRect();
                return c.offsetParent !== null && (r.left < -0.5 || r.right > viewport + 0.5 || r.width < 1); });
            const clipped = [...document.querySelectorAll('#customers td')]
                .filter(c => c.scrollWidth > c.clientWidth + 1);
            return { cells: cells.length, outside: outside.map(c => c.dataset.label || c.textContent),
                     clipped: clipped.map(c => c.dataset.label), pageWidth: document.documentElement.scrollWidth,
                     viewport: viewport };
            """;

    private static List<Evaluation> sample;

    @BeforeAll
    static void evaluateSamplePortfolio() throws IOException {
        ProfileParser parser = new ProfileParser();
        JsonNode profiles = new ObjectMapper().readTree(Path.of("facts", "samples", "portfolio.json").toFile());
        sample = new ArrayList<>();
        try (Advisor advisor = TestAdvisors.repository()) {
            for (JsonNode profile : profiles) {
                sample.add(advisor.evaluate(parser.parse(profile).profile(), EvaluationOptions.DEFAULT));
            }
        }
        Files.createDirectories(REPORTS);
    }

    @ParameterizedTest
    @ValueSource(ints = {420, 800, 1400, 1920})
    void everyColumnIsShownAndNothingOverflows(int width) throws IOException {
        open(report("sample-en.html", sample, Locale.ENGLISH), width);

        @SuppressWarnings("unchecked")
        Map<String, Object> fit = (Map<String, Object>) BROWSER.script(COLUMNS_FIT);

        assertThat((Long) fit.get("cells")).as("header and cells of the first page").isGreaterThan(9);
        assertThat((List<?>) fit.get("outside")).as("cells outside the %d px viewport", width).isEmpty();
        assertThat((List<?>) fit.get("clipped")).as("cells whose content is cut off").isEmpty();
        assertThat((Long) fit.get("pageWidth")).as("no sideways scrolling").isLessThanOrEqualTo((Long) fit.get("viewport"));
        if (width >= 1400) {
            List<WebElement> headers = BROWSER.driver().findElements(By.cssSelector("#customers th"));
            assertThat(headers).extracting(WebElement::getText).containsExactly("customer", "readiness",
                    "recommended model", "score", "resiliency", "blockers", "warnings", "gaps", "open questions");
            assertThat(headers).allMatch(WebElement::isDisplayed);
        }
    }

    @Test
    void aCustomerOpensToItsMessagesAndRemediations() throws IOException {
        open(report("sample-en.html", sample, Locale.ENGLISH), 1400);
        Evaluation withGaps = sample.stream().filter(e -> !e.gaps().isEmpty()).findFirst().orElseThrow();
        BROWSER.driver().findElement(By.id("filter")).sendKeys(withGaps.customerId());
        WebElement open = BROWSER.waiting().until(d -> d.findElements(By.cssSelector("#customers button.open")).stream()
                .filter(b -> b.getText().equals(withGaps.customerId())).findFirst().orElse(null));

        open.click();

        WebElement detail = BROWSER.waiting().until(d -> d.findElement(By.cssSelector("#customers tr.detail")));
        assertThat(open.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(detail.getText()).contains(withGaps.gaps().get(0).message(), withGaps.gaps().get(0).remediation());
        assertThat(detail.findElements(By.cssSelector(".gap a")).get(0).getAttribute("href"))
                .startsWith("https://learn.microsoft.com/azure/expressroute/");
    }

    @Test
    void warningsAreNotColouredLikeBlockers() throws IOException {
        open(report("sample-en.html", sample, Locale.ENGLISH), 1400);

        String blocker = (String) BROWSER.script("const c = document.querySelector('.bar.BLOCKER, .code.BLOCKER');"
                + "return c && getComputedStyle(c).backgroundColor + '|' + getComputedStyle(c).color;");
        String warning = (String) BROWSER.script("const c = document.querySelector('.bar.WARNING, .code.WARNING');"
                + "return c && getComputedStyle(c).backgroundColor + '|' + getComputedStyle(c).color;");

        assertThat(blocker).isNotNull();
        assertThat(warning).isNotNull().isNotEqualTo(blocker);
    }

    @Test
    void theGapChartStaysReadableAtFiveThousandCustomers() throws IOException {
        List<Evaluation> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            Evaluation e = sample.get(i % sample.size());
            many.add(new Evaluation("customer-" + i, e.readiness(), e.recommendations(), e.gaps(), e.questions(),
                    e.resiliency(), null, e.ruleSet()));
        }
        open(report("five-thousand.html", many, Locale.ENGLISH), 1400);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> bars = (List<Map<String, Object>>) BROWSER.script("""
                return [...document.querySelectorAll('#chart-gaps .bar-row')].map(row => {
                  const label = row.querySelector('.bar-label').getBoundingClientRect();
                  const bar = row.querySelector('.bar').getBoundingClientRect();
                  const value = row.querySelector('.bar-value');
                  return { label: label.height, labelWidth: label.width, bar: bar.height, barWidth: bar.width,
                           value: value.textContent };
                });""");

        assertThat(bars).hasSizeGreaterThan(3);
        for (Map<String, Object> bar : bars) {
            assertThat(((Number) bar.get("label")).doubleValue()).as("label height").isGreaterThanOrEqualTo(12);
            assertThat(((Number) bar.get("labelWidth")).doubleValue()).as("label width").isGreaterThan(40);
            assertThat(((Number) bar.get("bar")).doubleValue()).as("bar thickness").isGreaterThanOrEqualTo(10);
            assertThat(((Number) bar.get("barWidth")).doubleValue()).as("bar length").isGreaterThan(1);
            assertThat((String) bar.get("value")).matches("[\\d,]+");
        }
        assertThat(BROWSER.driver().findElements(By.cssSelector("#chart-tiers .slice-label"))).isNotEmpty();
        assertThat(BROWSER.driver().findElement(By.id("shown")).getText()).isEqualTo("5,000 of 5,000 customers");
        assertThat(BROWSER.driver().findElements(By.cssSelector("#customers tbody tr"))).hasSize(100);
    }

    @Test
    void theReportInDutch() throws IOException {
        List<Evaluation> dutch = new ArrayList<>();
        ProfileParser parser = new ProfileParser();
        JsonNode profiles = new ObjectMapper().readTree(Path.of("facts", "samples", "portfolio.json").toFile());
        try (Advisor advisor = TestAdvisors.repository()) {
            for (JsonNode profile : profiles) {
                dutch.add(advisor.evaluate(parser.parse(profile).profile(),
                        EvaluationOptions.DEFAULT.withLanguage(Locale.forLanguageTag("nl"))));
            }
        }
        open(report("sample-nl.html", dutch, Locale.forLanguageTag("nl")), 1400);

        assertThat(BROWSER.script("return document.documentElement.lang")).isEqualTo("nl");
        assertThat(BROWSER.driver().findElement(By.tagName("h1")).getText()).isEqualTo("ExpressRoute-portfoliorapport");
        assertThat(BROWSER.driver().findElement(By.cssSelector("#customers th[data-name=questions]")).getText())
                .isEqualTo("open vragen");
        assertThat(BROWSER.driver().findElement(By.id("previous")).getText()).contains("vorige");
        assertThat(BROWSER.driver().findElement(By.cssSelector("#chart-funnel")).getText()).contains("een model past");
    }

    /** The sample portfolio's report, for tests that only need one. */
    static final class Reports {
        void sample(Path file) throws IOException {
            evaluateSamplePortfolio();
            Files.copy(report("sample-en.html", sample, Locale.ENGLISH), file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path report(String name, List<Evaluation> evaluations, Locale language) throws IOException {
        Path file = REPORTS.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
             ResultWriter<?> writer = OutputFormat.HTML.open(out, language)) {
            for (Evaluation e : evaluations) {
                writer.writeResult(e);
            }
        }
        return file;
    }

    private static void open(Path report, int width) {
        BROWSER.viewport(width, 900);
        BROWSER.driver().get(report.toAbsolutePath().toUri().toString());
        BROWSER.waiting().until(d -> "true".equals(BROWSER.script("return document.body.dataset.ready;")));
    }
}
