package com.expressrouteadvisor.report;

import java.util.List;
import java.util.Locale;

/**
 * The report's charts as HTML and SVG text (no image, no outlined glyph): horizontal bars whose labels are text
 * beside the bar, so they stay readable whatever the counts, and a pie whose slices carry their names and shares.
 * Colours come from CSS classes ({@code BLOCKER}, {@code WARNING}, readiness names), one home for them in
 * report.css.
 */
final class HtmlCharts {

    /** One bar or slice: its label (plain text), the count, and the CSS class that colours it. */
    record Part(String label, long count, String kind) {
    }

    private HtmlCharts() {
    }

    static String bars(List<Part> parts, ReportTexts texts) {
        long max = parts.stream().mapToLong(Part::count).max().orElse(0);
        StringBuilder html = new StringBuilder("<div class=\"bars\">");
        for (Part part : parts) {
            double width = max == 0 ? 0 : 100.0 * part.count() / max;
            html.append("<div class=\"bar-row\"><span class=\"bar-label\">").append(HtmlReportWriter.escape(part.label()))
                    .append("</span><span class=\"bar-track\"><span class=\"bar ").append(part.kind())
                    .append("\" style=\"width:").append(String.format(Locale.ROOT, "%.2f", width))
                    .append("%\"></span></span><span class=\"bar-value\">").append(texts.number(part.count()))
                    .append("</span></div>");
        }
        return html.append("</div>").toString();
    }

    /** An SVG pie, each slice labelled with its share, and a legend with the names, counts and shares as text. */
    static String pie(List<Part> parts, ReportTexts texts) {
        long total = parts.stream().mapToLong(Part::count).sum();
        StringBuilder svg = new StringBuilder("<div class=\"pie\"><svg viewBox=\"-110 -110 220 220\" role=\"img\" "
                + "aria-hidden=\"true\" focusable=\"false\">");
        StringBuilder legend = new StringBuilder("<ul class=\"legend\">");
        double angle = -Math.PI / 2;
        for (Part part : parts) {
            if (part.count() == 0) {
                continue;
            }
            double share = (double) part.count() / total;
            double end = angle + share * 2 * Math.PI;
            if (share >= 0.9999) {
                svg.append("<circle r=\"100\" class=\"slice ").append(part.kind()).append("\"/>");
            } else {
                svg.append(String.format(Locale.ROOT,
                        "<path class=\"slice %s\" d=\"M0 0 L%.2f %.2f A100 100 0 %d 1 %.2f %.2f Z\"/>", part.kind(),
                        100 * Math.cos(angle), 100 * Math.sin(angle), share > 0.5 ? 1 : 0, 100 * Math.cos(end),
                        100 * Math.sin(end)));
            }
            String percent = percent(share);
            if (share >= 0.04) {
                double middle = (angle + end) / 2;
                double radius = share >= 0.9999 ? 0 : 62;
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"slice-label\">%s</text>",
                        radius * Math.cos(middle), radius * Math.sin(middle), HtmlReportWriter.escape(percent)));
            }
            legend.append("<li><span class=\"swatch ").append(part.kind()).append("\"></span>")
                    .append(HtmlReportWriter.escape(part.label())).append(": ").append(texts.number(part.count()))
                    .append(" (").append(HtmlReportWriter.escape(percent)).append(")</li>");
            angle = end;
        }
        return svg.append("</svg>").append(legend).append("</ul></div>").toString();
    }

    private static String percent(double share) {
        double value = 100 * share;
        return (value < 1 && value > 0 ? "<1" : String.format(Locale.ROOT, "%.0f", value)) + "%";
    }
}
