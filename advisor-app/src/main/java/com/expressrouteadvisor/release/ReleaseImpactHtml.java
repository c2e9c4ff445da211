package com.expressrouteadvisor.release;

import com.expressrouteadvisor.report.Unicode;
import org.apache.commons.text.StringEscapeUtils;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The release-impact section a reviewer reads before a rule change ships: the totals by readiness, then a
 * table row per changed customer. Self-contained (its own small style) so it reads alone, or inside a larger
 * report: {@link #section} writes one {@code <section>} and nothing around it.
 */
public final class ReleaseImpactHtml {

    static final String STYLE = """
            .release-impact{font-family:system-ui,sans-serif;font-size:14px}
            .release-impact table{border-collapse:collapse;margin:8px 0}
            .release-impact th,.release-impact td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
            .release-impact .down{color:#a40000;font-weight:bold}.release-impact .up{color:#1a6e00}
            .release-impact ul{margin:0;padding-left:1.1em}
            """;

    private ReleaseImpactHtml() {
    }

    /** One table row for a changed customer; thread-safe. */
    public static String row(CustomerChange c) {
        String direction = c.readinessDown() ? "down" : c.readinessChanged() ? "up" : "";
        return "<tr><td>" + escape(c.customerId()) + "</td>"
                + "<td class=\"" + direction + "\">" + c.readinessBefore() + " → " + c.readinessAfter() + "</td>"
                + "<td>" + escape(CustomerChange.describe(c.topBefore())) + (c.topChanged()
                ? " → " + escape(CustomerChange.describe(c.topAfter())) : "") + "</td>"
                + "<td>" + items("+", c.gapsAdded()) + items("−", c.gapsRemoved()) + "</td>"
                + "<td>" + items("+", c.questionsAdded()) + items("−", c.questionsRemoved()) + "</td>"
                + "<td>" + items("~", c.textsChanged()) + (c.resiliencyChanged() ? items("~", List.of("resiliency")) : "")
                + "</td>"
                + "<td>" + items("+", c.rulesStartedFiring()) + items("−", c.rulesStoppedFiring()) + "</td></tr>\n";
    }

    /**
     * The section: heading, totals, the rows read from {@code rows} (as {@link #row} wrote them).
     *
     * @param omitted changed customers not among the rows (the page keeps a bounded number)
     */
    public static void section(Writer out, String title, ImpactTotals totals, Reader rows, long omitted)
            throws IOException {
        out.write("<section class=\"release-impact\">\n<h2>" + escape(title) + "</h2>\n");
        out.write("<p>" + escape(totals.sentence()) + "</p>\n");
        if (totals.changed() > 0) {
            out.write("<table><thead><tr><th>readiness before → after</th><th>customers</th></tr></thead><tbody>\n");
            for (ImpactTotals.Transition t : totals.readiness()) {
                out.write("<tr><td>" + t.before() + " → " + t.after() + "</td><td>" + t.customers() + "</td></tr>\n");
            }
            out.write("</tbody></table>\n");
            out.write("<table><thead><tr><th>customer</th><th>readiness</th><th>top model/layer</th><th>gaps</th>"
                    + "<th>questions</th><th>wording</th><th>rules whose firing changed</th></tr></thead><tbody>\n");
            rows.transferTo(out);
            out.write("</tbody></table>\n");
            if (omitted > 0) {
                out.write("<p>" + omitted + " more changed customers are not shown here; the CSV or NDJSON output has "
                        + "them all.</p>\n");
            }
        }
        out.write("</section>\n");
    }

    private static String items(String sign, List<?> items) {
        if (items.isEmpty()) {
            return "";
        }
        return "<ul>" + items.stream().map(Objects::toString)
                .map(item -> "<li>" + sign + " " + escape(item) + "</li>").collect(Collectors.joining()) + "</ul>";
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(Unicode.printable(text));
    }
}
