package com.expressrouteadvisor.spark;

import com.expressrouteadvisor.engine.Advisor;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One advisor per executor JVM and rule set, shared by every task the executor runs: compiling the rules
 * takes seconds, evaluating one customer a fraction of a millisecond. Built from the folders the driver
 * broadcast, written to a temporary folder of the executor.
 */
final class ExecutorAdvisor {

    private static final Map<String, Advisor> ADVISORS = new ConcurrentHashMap<>();

    private ExecutorAdvisor() {
    }

    static Advisor of(FolderSnapshot rules, FolderSnapshot reference) {
        return ADVISORS.computeIfAbsent(rules.hash() + "/" + reference.hash(), key -> build(rules, reference));
    }

    private static Advisor build(FolderSnapshot rules, FolderSnapshot reference) {
        quietDrools();
        try {
            Path folder = Files.createTempDirectory("expressroute-advisor-");
            folder.toFile().deleteOnExit();
            return Advisor.builder()
                    .rules(rules.writeTo(folder.resolve("rules")))
                    .reference(reference.writeTo(folder.resolve("reference")))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rule set to a temporary folder: " + e.getMessage(), e);
        }
    }

    /**
     * Drools warns about every MVEL constraint it cannot compile to bytecode, once per executor; on a cluster
     * these lines drown the job's log. Errors still show.
     */
    static void quietDrools() {
        Configurator.setLevel("org.drools", Level.ERROR);
        Configurator.setLevel("org.kie", Level.ERROR);
    }
}
