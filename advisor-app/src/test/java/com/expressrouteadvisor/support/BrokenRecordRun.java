package com.expressrouteadvisor.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code advisor evaluate} on three records whose middle one the rules cannot finish: what a user sees of that
 * record (the rejects file) and of the run (exit code, results, counts).
 *
 * @param run     the command line's exit code and streams
 * @param rejects the rejects file's content
 */
public record BrokenRecordRun(CliRun run, String rejects) {

    /** Evaluates {@code first}, {@code brokenId} and {@code last} with the rules given and more options. */
    public static BrokenRecordRun of(Path temp, Path rules, String brokenId, String... options) throws IOException {
        Path input = temp.resolve("portfolio.ndjson");
        Files.writeString(input, """
                {"id":"first","azureSubscription":true}
                {"id":"%s"}
                {"id":"last","azureSubscription":false}
                """.formatted(brokenId));
        Path rejects = temp.resolve("rejects.ndjson");
        List<String> args = new ArrayList<>(List.of("evaluate", "--rules", rules.toString(), "--format", "ndjson",
                "--rejects", rejects.toString()));
        args.addAll(List.of(options));
        args.add(input.toString());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        return new BrokenRecordRun(run, Files.exists(rejects) ? Files.readString(rejects) : "");
    }
}
