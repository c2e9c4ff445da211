package com.expressrouteadvisor.report;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.GapFinding;
import com.expressrouteadvisor.advice.OpenQuestion;
import com.expressrouteadvisor.advice.RankedRecommendation;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.advice.Severity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * {@code --format table}: a block per customer for reading on a terminal, worded as advice: the models and
 * layers in words, gaps by severity with their remediation indented under them (a remediation already given
 * for this customer is not repeated) and a link to the documentation, and the open questions asked as
 * questions with their "why". Text from the profile (the id, values quoted in gap messages) is shown
 * {@link Unicode#printable printable}, so it cannot drive the terminal.
 */
final class TableWriter implements ResultWriter<String> {

    /** Not a PrintWriter: that one would swallow a write error. */
    private final Writer target;
    private final Locale language;
    private final ResourceBundle words;
    private final FieldQuestions questions;

    TableWriter(OutputStream out) {
        this(out, Locale.ENGLISH);
    }

    TableWriter(OutputStream out, Locale language) {
        this.target = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.language = language;
        // English is the base bundle, not the JVM's default locale, whatever machine this runs on.
        this.words = ResourceBundle.getBundle("com.expressrouteadvisor.report.explain", language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.questions = new FieldQuestions(language);
    }

    @Override
    public void write(String block) throws IOException {
        target.write(block);
    }

    @Override
    public String encode(Evaluation e) {
        StringWriter out = new StringWriter();
        line(out, "table.customer", e.customerId(), e.readiness().name());
        if (e.recommendations().isEmpty()) {
            line(out, e.readiness() == Readiness.INCOMPLETE ? "table.noModelYet" : "table.noModel");
        } else {
            line(out, "table.models");
            for (RankedRecommendation r : e.recommendations()) {
                line(out, "table.model", String.valueOf(r.rank()), r.title(), String.valueOf(r.score()));
            }
        }
        if (e.resiliency() != null) {
            line(out, "table.resiliency", e.resiliency().tier().name(), String.valueOf(e.resiliency().score()));
        }
        Set<String> remedies = new HashSet<>();
        for (Severity severity : Severity.values()) {
            boolean first = true;
            for (GapFinding g : e.gaps()) {
                if (g.severity() != severity) {
                    continue;
                }
                if (first) {
                    line(out, "table.severity." + severity.name());
                    first = false;
                }
                line(out, "table.gap", g.code(), g.message());
                if (g.remediation() != null && !g.remediation().isBlank()) {
                    if (remedies.add(g.remediation())) {
                        line(out, "table.remedy", g.remediation());
                    } else {
                        line(out, "table.remedyAsAbove");
                    }
                }
                String link = DocumentationLink.url(g.reference());
                if (link != null) {
                    line(out, "table.see", link);
                }
            }
        }
        if (!e.questions().isEmpty()) {
            line(out, "table.questions");
        }
        for (OpenQuestion q : e.questions()) {
            if (q.decides() == null) {
                line(out, "table.ask", questions.ask(q.field()), q.field());
            } else {
                line(out, "table.askDecides", questions.ask(q.field()), q.field(),
                        words.getString("decides." + q.decides().name()));
            }
            if (q.why() != null && !q.why().isBlank()) {
                line(out, "table.why", q.why());
            }
        }
        out.write(System.lineSeparator());
        return out.toString();
    }

    /** Text arguments come from the profile or the rules: shown printable, never obeyed by the terminal. */
    private void line(StringWriter out, String key, String... arguments) {
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] == null ? "" : Unicode.printable(arguments[i]);
        }
        out.write(new MessageFormat(words.getString(key), language).format(shown));
        out.write(System.lineSeparator());
    }

    @Override
    public void close() throws IOException {
        target.close();
    }
}
