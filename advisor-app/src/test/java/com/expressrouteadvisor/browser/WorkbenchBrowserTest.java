package com.expressrouteadvisor.browser;

import com.expressrouteadvisor.service.DecisionService;
import com.expressrouteadvisor.service.ServiceSettings;
import com.expressrouteadvisor.support.TestAdvisors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The consultant's workbench at {@code /} of a real decision service, used the way a consultant would. */
class WorkbenchBrowserTest {

    @RegisterExtension
    static final HeadlessChromium BROWSER = new HeadlessChromium();

    private static DecisionService service;

    @BeforeAll
    static void startService() {
        service = DecisionService.start(ServiceSettings.defaults(TestAdvisors.RULES, TestAdvisors.REFERENCE)
                .withListener("127.0.0.1", 0));
    }

    @AfterAll
    static void stopService() {
        service.stop();
    }

    @BeforeEach
    void openEmptyWorkbench() {
        BROWSER.viewport(1400, 1000);
        BROWSER.driver().get(url("/?lang=en"));
        BROWSER.script("sessionStorage.clear();");
        BROWSER.driver().get(url("/?lang=en"));
        awaitAdvice();
    }

    @Test
    void everyFieldOfTheProfileSchemaIsAskedWithALabel() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("docs", "openapi.json")))
                .at("/components/schemas/CustomerProfile");
        List<String> schemaFields = leaves(schema, "").toList();

        List<WebElement> fields = BROWSER.driver().findElements(By.cssSelector(".field[data-field]"));
        assertThat(fields).extracting(f -> f.getAttribute("data-field")).containsExactlyInAnyOrderElementsOf(schemaFields);
        for (WebElement field : fields) {
            WebElement label = field.findElement(By.cssSelector("label, legend"));
            assertThat(label.getText()).as("label of %s", field.getAttribute("data-field"))
                    .isNotBlank().isNotEqualTo(field.getAttribute("data-field"));
        }
        // A yes/no question has a third answer, "unknown", chosen until the consultant knows.
        WebElement bgp = field("routing.bgpCapable");
        assertThat(bgp.findElements(By.cssSelector("input[type=radio]"))).extracting(r -> r.getAttribute("value"))
                .containsExactly("true", "false", "unknown");
        assertThat(bgp.findElement(By.cssSelector("input[value=unknown]")).isSelected()).isTrue();
        assertThat(BROWSER.driver().findElements(By.cssSelector("fieldset.group > legend"))).extracting(WebElement::getText)
                .containsExactly("Site and connectivity", "Routing", "Peerings", "Azure", "Workloads", "Resilience",
                        "Security");
    }

    @Test
    void adviceAndQuestionsFollowTheAnswersAndAnAnsweredQuestionDisappears() {
        assertThat(questionFields()).contains("azureSubscription");
        int evaluations = evaluations();

        answer("azureSubscription", "true");
        awaitEvaluationAfter(evaluations);
        assertThat(questionFields()).doesNotContain("azureSubscription");

        answer("connectivity.colocatedAtCloudExchange", "true");
        type("connectivity.cloudExchangeProvider", "Equinix");
        type("connectivity.peeringLocation", "Amsterdam");
        evaluations = evaluations();
        type("connectivity.bandwidthMbps", "1000");
        awaitEvaluationAfter(evaluations);
        assertThat(BROWSER.driver().findElements(By.cssSelector("#recommendations li[data-model]")))
                .extracting(li -> li.getAttribute("data-model")).contains("CLOUD_EXCHANGE_COLOCATION");

        // A question is a link to its field: the click lands the keyboard focus there.
        WebElement question = BROWSER.driver().findElement(By.cssSelector("#questions li.question"));
        String asked = question.getAttribute("data-field");
        question.findElement(By.tagName("button")).click();
        BROWSER.waiting().until(d -> field(asked).findElements(By.cssSelector(":focus")).size() == 1);

        // Gaps come by severity, each with its remediation and a link to the documentation.
        answer("peerings.microsoft.enabled", "true");
        answer("workloads.microsoft365", "true");
        answer("workloads.microsoft365Authorized", "false");
        WebElement gap = BROWSER.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".gap-group.BLOCKER li.gap[data-code=M365_AUTHORIZATION_REQUIRED]")));
        assertThat(gap.findElement(By.cssSelector(".remediation")).getText()).isNotBlank();
        assertThat(gap.findElement(By.tagName("a")).getAttribute("href"))
                .startsWith("https://learn.microsoft.com/azure/expressroute/");
        assertThat(readiness()).isEqualTo("BLOCKED");
        // The what-if planner (POST /v1/plans) says what would unblock the customer, or what must be answered first.
        BROWSER.waiting().until(d -> d.findElement(By.id("plan")).isDisplayed());
        assertThat(BROWSER.driver().findElement(By.id("plan-body")).getText())
                .containsAnyOf("PLAN_FOUND", "NEEDS_ANSWERS", "NO_PLAN", "SEARCH_BOUND_REACHED");
    }

    @Test
    void aBadAsnShowsTheServersFieldErrorNextToTheField() {
        int evaluations = evaluations();
        type("routing.asn", "0");
        awaitEvaluationAfter(evaluations);

        WebElement asn = field("routing.asn");
        BROWSER.waiting().until(d -> "true".equals(asn.getAttribute("aria-invalid")));
        assertThat(asn.findElement(By.cssSelector(".field-error")).getText()).contains("must be between 1 and");
        assertThat(BROWSER.driver().findElement(By.id("f-routing-asn")).getAttribute("aria-describedby"))
                .isEqualTo("f-routing-asn-error");

        evaluations = evaluations();
        BROWSER.driver().findElement(By.id("f-routing-asn")).sendKeys(Keys.BACK_SPACE, "65010");
        awaitEvaluationAfter(evaluations);
        assertThat(asn.getAttribute("aria-invalid")).isNull();
        assertThat(asn.findElement(By.cssSelector(".field-error")).isDisplayed()).isFalse();
    }

    @Test
    void switchingToDutchTranslatesThePageAndTheAdvice() {
        answer("azureSubscription", "false");
        int evaluations = evaluations();
        new Select(BROWSER.driver().findElement(By.id("language"))).selectByValue("nl");
        awaitEvaluationAfter(evaluations);

        assertThat(BROWSER.script("return document.documentElement.lang")).isEqualTo("nl");
        assertThat(BROWSER.driver().findElement(By.cssSelector("h1")).getText()).isEqualTo("ExpressRoute-werkbank");
        assertThat(field("azureSubscription").findElement(By.tagName("legend")).getText())
                .isEqualTo("Heeft de klant een Azure-abonnement?");
        assertThat(BROWSER.driver().findElement(By.id("readiness")).getText()).isEqualTo("Geblokkeerd");
        assertThat(BROWSER.driver().findElement(By.cssSelector(".gap-group.BLOCKER h4")).getText()).startsWith("Blokkades");
    }

    @Test
    void anExportedProfileImportsIntoAFreshPage() throws IOException {
        answer("azureSubscription", "true");
        answer("connectivity.hasMplsWan", "true");
        type("connectivity.wanProvider", "KPN");
        type("azure.regions", "westeurope, northeurope");
        new Select(BROWSER.driver().findElement(By.id("f-azure-sku"))).selectByValue("PREMIUM");
        int evaluations = evaluations();
        type("id", "acme");
        awaitEvaluationAfter(evaluations);
        List<String> questionsBefore = questionFields();

        clear(BROWSER.downloads());
        BROWSER.driver().findElement(By.id("export-profile")).click();
        Path exported = BROWSER.downloads().resolve("profile-acme.json");
        BROWSER.waiting().until(d -> Files.exists(exported) && size(exported) > 0);
        JsonNode profile = new ObjectMapper().readTree(exported.toFile());
        assertThat(profile.at("/connectivity/wanProvider").asText()).isEqualTo("KPN");
        assertThat(profile.at("/azure/regions").toString()).isEqualTo("[\"westeurope\",\"northeurope\"]");

        BROWSER.driver().findElement(By.id("reset")).click();
        BROWSER.waiting().until(d -> questionFields().contains("azureSubscription"));
        evaluations = evaluations();
        BROWSER.driver().findElement(By.id("import-file")).sendKeys(exported.toAbsolutePath().toString());
        awaitEvaluationAfter(evaluations);

        assertThat(BROWSER.driver().findElement(By.id("f-connectivity-wanProvider")).getAttribute("value")).isEqualTo("KPN");
        assertThat(BROWSER.driver().findElement(By.id("f-azureSubscription-true")).isSelected()).isTrue();
        assertThat(new Select(BROWSER.driver().findElement(By.id("f-azure-sku"))).getFirstSelectedOption().getText())
                .isEqualTo("PREMIUM");
        assertThat(questionFields()).isEqualTo(questionsBefore);
    }

    @Test
    void worksOnANarrowScreenWithoutSidewaysScrolling() {
        BROWSER.viewport(420, 900);
        BROWSER.waiting().until(d -> (Boolean) BROWSER.script(
                "return document.documentElement.scrollWidth <= window.innerWidth;"));
        Boolean adviceBelowForm = (Boolean) BROWSER.script("const f = document.getElementById('questionnaire')"
                + ".getBoundingClientRect(), a = document.getElementById('advice').getBoundingClientRect();"
                + "return a.top >= f.bottom - 1 && a.right <= window.innerWidth;");
        assertThat(adviceBelowForm).isTrue();
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static String url(String path) {
        return "http://127.0.0.1:" + service.port() + path;
    }

    private static WebElement field(String path) {
        return BROWSER.driver().findElement(By.cssSelector(".field[data-field='" + path + "']"));
    }

    private static void answer(String path, String value) {
        int before = evaluations();
        BROWSER.driver().findElement(By.id("f-" + path.replace('.', '-') + "-" + value)).click();
        awaitEvaluationAfter(before);
    }

    private static void type(String path, String text) {
        WebElement input = BROWSER.driver().findElement(By.id("f-" + path.replace('.', '-')));
        input.clear();
        input.sendKeys(text);
    }

    private static void clear(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static int evaluations() {
        Object count = BROWSER.script("return Number(document.body.dataset.evaluations || 0);");
        return ((Number) count).intValue();
    }

    /** Waits until an evaluation started after {@code before} has been answered and shown. */
    private static void awaitEvaluationAfter(int before) {
        BROWSER.waiting().until(d -> evaluations() > before
                && "false".equals(BROWSER.script("return document.body.dataset.evaluating;")));
    }

    private static void awaitAdvice() {
        BROWSER.waiting().until(d -> evaluations() > 0
                && "false".equals(BROWSER.script("return document.body.dataset.evaluating;")));
    }

    private static String readiness() {
        return BROWSER.driver().findElement(By.id("readiness")).getAttribute("data-readiness");
    }

    /** Read in one script, so a list the page is redrawing is never half-read (no stale elements). */
    @SuppressWarnings("unchecked")
    private static List<String> questionFields() {
        return (List<String>) BROWSER.script("return [...document.querySelectorAll('#questions li.question')]"
                + ".map(li => li.dataset.field);");
    }

    private static Stream<String> leaves(JsonNode schema, String prefix) {
        return stream(schema.get("properties")).flatMap(entry -> {
            JsonNode node = entry.getValue();
            JsonNode object = node.has("properties") ? node : null;
            for (JsonNode choice : node.path("oneOf")) {
                if (choice.has("properties")) {
                    object = choice;
                }
            }
            String path = prefix + entry.getKey();
            return object == null ? Stream.of(path) : leaves(object, path + ".");
        });
    }

    private static Stream<java.util.Map.Entry<String, JsonNode>> stream(JsonNode object) {
        List<java.util.Map.Entry<String, JsonNode>> entries = new java.util.ArrayList<>();
        object.fields().forEachRemaining(entries::add);
        return entries.stream();
    }
}
