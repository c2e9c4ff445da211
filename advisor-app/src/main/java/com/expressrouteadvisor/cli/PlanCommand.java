package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.report.OutputFormat;
import com.expressrouteadvisor.report.PlanOutput;
import com.expressrouteadvisor.report.ResultWriter;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.OutputStream;

/**
 * {@code advisor plan}: for every customer in the inputs, the cheapest set of profile changes the remedy rules
 * propose that makes it READY. Inputs, rejects, threads and exit codes are those of {@code evaluate}.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"For every customer profile in the inputs, the cheapest set of changes (from the remedies "
                + "under rules/) that makes it READY, or the best readiness reachable: each change with its field, "
                + "from and to, cost and why, the gaps it removes and introduces, and where the plan leads.",
                "Same inputs, formats, rejects and exit codes as evaluate; json ends with the changes that unblock "
                        + "the most customers, html is the portfolio report with that table, --summary FILE writes "
                        + "the table alone. --plan is implied."})
final class PlanCommand extends EvaluateCommand {

    @Override
    boolean plans() {
        return true;
    }

    @Override
    ResultWriter<?> open(OutputFormat format, OutputStream results, java.util.Locale language,
                         com.expressrouteadvisor.engine.RuleSet ruleSet) throws IOException {
        return PlanOutput.open(format, results, language);
    }
}
