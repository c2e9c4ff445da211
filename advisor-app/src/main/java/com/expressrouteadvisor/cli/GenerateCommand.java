package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.batch.ProfileColumns;
import com.expressrouteadvisor.batch.SyntheticPortfolio;
import com.expressrouteadvisor.engine.BundledFolders;
import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code advisor generate}: a synthetic portfolio for demos and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a realistic synthetic portfolio of customer profiles (NDJSON or CSV), the same for "
                + "the same seed, drawn from the peering locations and providers of the reference data.")
final class GenerateCommand implements Callable<Integer> {

    enum Format { ndjson, csv }

    @ParentCommand
    AdvisorCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--count", paramLabel = "N", required = true, description = "How many profiles.")
    long count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed: the same seed gives the same portfolio (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "ndjson or csv (default: the --out file's extension, else ndjson).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Option(names = "--invalid", paramLabel = "PERCENT", defaultValue = "0",
            description = "Share of records broken the way exports break (wrong types, typos), to try rejects "
                    + "(default: ${DEFAULT-VALUE}).")
    int invalidPercent;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "Reference data folder (default: ./facts/reference if it exists, else the copy inside the jar).")
    Path reference;

    @Override
    public Integer call() throws IOException {
        if (count < 0) {
            throw new UsageException("--count " + count + ": use 0 or more");
        }
        if (reference != null && !Files.isDirectory(reference)) {
            throw new UsageException("--reference " + reference + ": no such folder");
        }
        Format chosen = format != null ? format
                : out != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                ? Format.csv : Format.ndjson;
        SyntheticPortfolio portfolio = new SyntheticPortfolio(
                BundledFolders.resolve(reference, Path.of("facts", "reference"), BundledFolders.REFERENCE),
                invalidPercent);
        AtomicOutput.write(out, parent.stdout, "profiles", stream -> {
            try (stream) {
                if (chosen == Format.csv) {
                    writeCsv(portfolio, stream);
                } else {
                    writeNdjson(portfolio, stream);
                }
            }
            return null;
        });
        return ExitCodes.OK;
    }

    private void writeNdjson(SyntheticPortfolio portfolio, OutputStream stream) throws IOException {
        try (JsonGenerator json = Json.mapper().getFactory().createGenerator(stream)) {
            json.setRootValueSeparator(null);
            for (long i = 0; i < count; i++) {
                Json.mapper().writeTree(json, portfolio.profile(seed, i));
                json.writeRaw('\n');
            }
        }
    }

    private void writeCsv(SyntheticPortfolio portfolio, OutputStream stream) throws IOException {
        ObjectWriter rows = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build().writerFor(String[].class).with(CsvSchema.emptySchema());
        stream.write(rows.writeValueAsBytes(ProfileColumns.header()));
        for (long i = 0; i < count; i++) {
            stream.write(rows.writeValueAsBytes(ProfileColumns.toCells(portfolio.profile(seed, i))));
        }
    }
}
