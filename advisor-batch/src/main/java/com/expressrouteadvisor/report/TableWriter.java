package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.RankedRecommendation;
import com.expressrouteadvisor.advice.Readiness;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code --format table}: a block per customer for reading on a terminal. Text from the profile (the id,
 * values quoted in gap messages) is shown {@link Unicode#printable printable}, so it cannot drive the terminal.
 */
final class TableWriter implements ResultWriter<String> {

    /** Not a PrintWriter: that one would swallow a write error. */
    private final Writer target;

    TableWriter(OutputStream out) {
        this.target = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public void write(String block) throws IOException {
        target.write(block);
    }

    @Override
    public String encode(Evaluation e) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.printf("%s  %s%n", Unicode.printable(e.customerId()), e.readiness());
        if (e.recommendations().isEmpty()) {
            out.println(e.readiness() == Readiness.INCOMPLETE
                    ? "  no connectivity model yet: the questions marked below decide it"
                    : "  no connectivity model fits");
        } else {
            out.printf("  %-4s %-27s %-15s %5s%n", "rank", "model", "layer", "score");
            for (RankedRecommendation r : e.recommendations()) {
                out.printf("  %-4d %-27s %-15s %5d%n", r.rank(), r.model(), r.layer(), r.score());
            }
        }
        if (e.resiliency() != null) {
            out.printf("  resiliency: %s (%d/100)%n", Unicode.printable(e.resiliency().tier()), e.resiliency().score());
        }
        for (GapFinding g : e.gaps()) {
            out.printf("  %-8s %s: %s%n", g.severity(), Unicode.printable(g.code()), Unicode.printable(g.message()));
        }
        for (OpenQuestion q : e.questions()) {
            if (q.decides() == null) {
                out.printf("  ?        %s%n", Unicode.printable(q.field()));
            } else {
                out.printf("  ?        %s (decides the %s)%n", Unicode.printable(q.field()),
                        q.decides().name().toLowerCase(Locale.ROOT));
            }
        }
        out.println();
        out.flush();
        return text.toString();
    }

    @Override
    public void close() throws IOException {
        target.close();
    }
}
