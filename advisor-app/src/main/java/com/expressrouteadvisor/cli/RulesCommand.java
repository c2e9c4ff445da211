package com.expressrouteadvisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code advisor rules}: tools for the people who write the rules. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Tools for rule authors.",
        subcommands = {RulesValidateCommand.class, RulesTestCommand.class, RulesCoverageCommand.class,
                RulesDocsCommand.class, RulesDiffCommand.class, CommandLine.HelpCommand.class})
final class RulesCommand implements Runnable {

    @ParentCommand
    AdvisorCommand parent;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand, e.g. 'rules validate'");
    }
}
