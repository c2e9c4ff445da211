package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.Severity;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The counts at the top of the report and its charts, kept as counts so any portfolio size fits in memory. */
final class SummarySection implements ReportSection {

    private static final int TOP_GAPS = 12;

    private final PortfolioSummary summary = new PortfolioSummary();
    /** Customers per first-ranked recommendation title (model and layer in words, in the language of the advice). */
    private final Map<String, Long> modelTitles = new TreeMap<>();
    private final Map<String, Severity> severities = new HashMap<>();

    PortfolioSummary summary() {
        return summary;
    }

    @Override
    public void add(Evaluation e) {
        summary.add(ResultRow.of(e));
        modelTitles.merge(e.recommendations().isEmpty() ? "" : e.recommendations().get(0).title(), 1L, Long::sum);
        for (GapFinding gap : e.gaps()) {
            severities.putIfAbsent(gap.code(), gap.severity());
        }
    }

    @Override
    public void write(Writer w, ReportTexts texts) throws IOException {
        cards(w, texts);
        if (summary.customers() == 0) {
            return;
        }
        w.write("<section class=\"charts\">\n");
        List<HtmlCharts.Part> models = new ArrayList<>();
        modelTitles.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> models.add(new HtmlCharts.Part(e.getKey().isEmpty() ? texts.get("noModel") : e.getKey(),
                        e.getValue(), e.getKey().isEmpty() ? "none" : "model")));
        figure(w, "models", texts.get("chart.models"), HtmlCharts.bars(models, texts), texts.get("chart.models.caption"));

        List<HtmlCharts.Part> funnel = new ArrayList<>();
        summary.funnel().forEach((stage, count) -> funnel.add(new HtmlCharts.Part(
                texts.getOrDefault("funnel." + stage.replace(' ', '_'), stage), count, "funnel")));
        figure(w, "funnel", texts.get("chart.funnel"), HtmlCharts.bars(funnel, texts), texts.get("chart.funnel.caption"));

        Map<String, Long> gaps = summary.topGaps(TOP_GAPS);
        if (!gaps.isEmpty()) {
            List<HtmlCharts.Part> bars = new ArrayList<>();
            gaps.forEach((code, count) -> bars.add(new HtmlCharts.Part(code, count,
                    severities.getOrDefault(code, Severity.INFO).name())));
            figure(w, "gaps", texts.get("chart.gaps"), HtmlCharts.bars(bars, texts), texts.get("chart.gaps.caption", TOP_GAPS));
        }

        Map<String, Long> tiers = summary.tiers();
        if (tiers.keySet().equals(java.util.Set.of(PortfolioSummary.NO_TIER))) {
            w.write("<figure id=\"chart-tiers\"><h3>" + texts.get("chart.tiers") + "</h3><p class=\"note\">"
                    + texts.get("chart.tiers.none") + "</p></figure>\n");
        } else {
            List<HtmlCharts.Part> slices = new ArrayList<>();
            tiers.forEach((tier, count) -> slices.add(new HtmlCharts.Part(tier.equals(PortfolioSummary.NO_TIER)
                    ? texts.get("noTier") : texts.getOrDefault("tier." + tier, tier), count,
                    "tier-" + (tier.equals(PortfolioSummary.NO_TIER) ? "NONE" : tier))));
            figure(w, "tiers", texts.get("chart.tiers"), HtmlCharts.pie(slices, texts), texts.get("chart.tiers.caption"));
        }
        w.write("</section>\n");
    }

    private void cards(Writer w, ReportTexts texts) throws IOException {
        Map<String, Long> readiness = summary.readiness();
        w.write("<section class=\"cards\">\n");
        card(w, texts, "customers", summary.customers(), "");
        card(w, texts, "ready", readiness.getOrDefault("READY", 0L), "READY");
        card(w, texts, "warn", readiness.getOrDefault("READY_WITH_WARNINGS", 0L), "READY_WITH_WARNINGS");
        card(w, texts, "incomplete", readiness.getOrDefault("INCOMPLETE", 0L), "INCOMPLETE");
        card(w, texts, "blocked", readiness.getOrDefault("BLOCKED", 0L), "BLOCKED");
        card(w, texts, "questions", summary.withQuestions(), "");
        w.write("</section>\n");
    }

    private static void card(Writer w, ReportTexts texts, String key, long value, String kind) throws IOException {
        w.write("<div class=\"card " + kind + "\" data-card=\"" + key + "\"><div class=\"value\">" + texts.number(value)
                + "</div><div class=\"label\">" + texts.get("card." + key) + "</div></div>\n");
    }

    private static void figure(Writer w, String id, String title, String chart, String caption) throws IOException {
        w.write("<figure id=\"chart-" + id + "\"><h3>" + HtmlReportWriter.escape(title) + "</h3>" + chart
                + "<figcaption>" + HtmlReportWriter.escape(caption) + "</figcaption></figure>\n");
    }
}
