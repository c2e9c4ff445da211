package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The HTML report's section "Changes that unblock the most customers", from the plans of {@code --plan}. */
final class PlanReportSection implements ReportSection {

    /** Rows beyond this are in the summary file (--summary), not on the page. */
    static final int ROWS = 50;

    private final PlanTally tally = new PlanTally();

    @Override
    public void add(Evaluation evaluation) {
        tally.add(evaluation.plan());
    }

    @Override
    public void write(Writer w, ReportTexts texts) throws IOException {
        if (tally.isEmpty()) {
            return;
        }
        List<PlanTally.Row> rows = tally.rows();
        w.write("<section class=\"plans\"><h2>Changes that unblock the most customers</h2>\n");
        w.write("<p class=\"note\">From each customer's cheapest plan (<code>--plan</code>); a customer counts once "
                + "for every change of its plan.</p>\n");
        w.write("<div class=\"scroll\"><table id=\"plan-changes\"><thead><tr><th>change</th><th>field</th><th>to</th>"
                + "<th>customers</th><th>from</th><th>to readiness</th></tr></thead><tbody>\n");
        for (PlanTally.Row row : rows.subList(0, Math.min(ROWS, rows.size()))) {
            w.write("<tr><td>" + HtmlReportWriter.escape(row.label()) + "</td><td><code>"
                    + HtmlReportWriter.escape(row.field()) + "</code></td><td>" + HtmlReportWriter.escape(row.to())
                    + "</td><td class=\"num\">" + String.format("%,d", row.customers()) + "</td><td>"
                    + row.readinessBefore() + "</td><td>" + row.readinessAfter() + "</td></tr>\n");
        }
        w.write("</tbody></table></div></section>\n");
    }
}
