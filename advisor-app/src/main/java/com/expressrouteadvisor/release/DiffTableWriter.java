package com.expressrouteadvisor.release;

import com.expressrouteadvisor.report.Unicode;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** For a terminal: a block per changed customer, then the totals. Profile text is shown printable only. */
final class DiffTableWriter implements DiffWriter<String> {

    /** Not a PrintWriter: that one would swallow a write error. */
    private final Writer target;

    DiffTableWriter(OutputStream out) {
        this.target = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }

    @Override
    public String encode(CustomerChange c) {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.printf("%s  %s → %s%n", Unicode.printable(c.customerId()), c.readinessBefore(), c.readinessAfter());
        if (c.topChanged()) {
            out.printf("  top  %s → %s%n", CustomerChange.describe(c.topBefore()), CustomerChange.describe(c.topAfter()));
        } else if (c.rankingChanged()) {
            out.printf("  top  %s (unchanged; the models below it moved)%n", CustomerChange.describe(c.topAfter()));
        }
        c.gapsAdded().forEach(g -> out.printf("  + gap       %-8s %s%n", g.severity(), Unicode.printable(g.code())));
        c.gapsRemoved().forEach(g -> out.printf("  - gap       %-8s %s%n", g.severity(), Unicode.printable(g.code())));
        c.questionsAdded().forEach(q -> out.printf("  + question  %s%n", Unicode.printable(q)));
        c.questionsRemoved().forEach(q -> out.printf("  - question  %s%n", Unicode.printable(q)));
        c.textsChanged().forEach(t -> out.printf("  ~ wording   %s%n", Unicode.printable(t)));
        if (c.resiliencyChanged()) {
            out.println("  ~ resiliency");
        }
        rules(out, "+ fires    ", c.rulesStartedFiring());
        rules(out, "- no longer", c.rulesStoppedFiring());
        out.println();
        out.flush();
        return text.toString();
    }

    private static void rules(PrintWriter out, String label, List<String> rules) {
        for (String rule : rules) {
            out.printf("  %s \"%s\"%n", label, Unicode.printable(rule));
        }
    }

    @Override
    public void write(String block) throws IOException {
        target.write(block);
    }

    @Override
    public void finish(ImpactTotals totals) throws IOException {
        target.write(totals.sentence() + System.lineSeparator());
    }

    @Override
    public void close() throws IOException {
        target.close();
    }
}
