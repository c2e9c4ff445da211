package com.expressrouteadvisor.support;

import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Advisors and profiles for tests, built from the repository's own rules and reference data. */
public final class TestAdvisors {

    public static final Path RULES = Path.of("rules");
    public static final Path REFERENCE = Path.of("facts", "reference");
    /** The rule of {@link #RULE_THAT_THROWS_AN_ERROR}, and the customer id it fires for. */
    public static final String ERROR_RULE = "Breaks with an error";
    public static final String ERROR_CUSTOMER = "breaks";
    /** A rule file whose rule throws an Error (not an exception) for one customer, like broken generated code. */
    public static final String RULE_THAT_THROWS_AN_ERROR = """
            package expressroute;
            import com.expressrouteadvisor.profile.Customer;

            rule "%s"
                @factId("MODEL-FOUR")
            when
                Customer( id == "%s" )
            then
                if (true) { throw new LinkageError("the consequence could not be linked"); }
            end
            """.formatted(ERROR_RULE, ERROR_CUSTOMER);

    private TestAdvisors() {
    }

    public static Advisor repository() {
        return Advisor.builder().rules(RULES).reference(REFERENCE).build();
    }

    /** A profile from JSON written in a test; single quotes stand for double quotes to keep tests readable. */
    public static CustomerProfile profile(String json) {
        ParsedProfile parsed;
        try {
            parsed = new ProfileParser().parse(Json.mapper().readTree(json.replace('\'', '"')));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("test profile is not JSON: " + e.getMessage(), e);
        }
        if (!parsed.isValid()) {
            throw new IllegalArgumentException("test profile is invalid: " + parsed.errors());
        }
        return parsed.profile();
    }

    /** The repository's rules copied under {@code temp/rules}, with one more rule file beside them. */
    public static Path rulesWith(Path temp, String fileName, String drl) {
        Path rules = copy(RULES, temp.resolve("rules"));
        try {
            Files.writeString(rules.resolve(fileName), drl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rules;
    }

    /** Copies a folder tree, e.g. the rules, so a test can change its copy. */
    public static Path copy(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                    return FileVisitResult.CONTINUE;
                }
            });
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
