package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.engine.BundledFolders;
import com.expressrouteadvisor.reference.FactCatalog;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the domain fact catalog comes from: {@code --facts FILE}, else {@code facts/expressroute-facts.csv} beside
 * the rules folder (./facts for ./rules, my-practice/facts for my-practice/rules), else the copy inside the jar.
 */
final class FactCatalogOption {

    @Option(names = "--facts", paramLabel = "FILE",
            description = "Domain fact catalog the @factId metadata cites (default: facts/" + FactCatalog.FILE
                    + " beside the rules folder, else the copy inside the jar).")
    Path facts;

    FactCatalog load(Path rulesFolder) {
        return FactCatalog.load(locate(rulesFolder));
    }

    Path locate(Path rulesFolder) {
        if (facts != null) {
            if (!Files.isRegularFile(facts)) {
                throw new UsageException("--facts " + facts + ": no such file");
            }
            return facts;
        }
        Path folder = rulesFolder.toAbsolutePath().normalize().getParent();
        if (folder != null) {
            Path beside = folder.resolve("facts").resolve(FactCatalog.FILE);
            if (Files.isRegularFile(beside)) {
                return rulesFolder.isAbsolute() ? beside : relativeToWorkingDirectory(beside);
            }
        }
        return BundledFolders.facts().resolve(FactCatalog.FILE);
    }

    /** facts/expressroute-facts.csv rather than /home/…/facts/expressroute-facts.csv in messages. */
    private static Path relativeToWorkingDirectory(Path file) {
        Path here = Path.of("").toAbsolutePath();
        return file.startsWith(here) ? here.relativize(file) : file;
    }
}
