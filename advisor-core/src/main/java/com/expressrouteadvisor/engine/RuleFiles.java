package com.expressrouteadvisor.engine;

import org.kie.api.io.ResourceType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of a rules folder: the rule sources Drools compiles, and the content hash over every file
 * that shapes the advice (rules, gap catalog, messages), which becomes {@code ruleSet.version}.
 * Scenarios are tests, not rules, so they do not change the version.
 */
public final class RuleFiles {

    public static final String SCENARIOS = "scenarios";

    /** One file under the rules folder; {@code relative} uses '/' on every platform. */
    public record RuleFile(Path path, String relative, byte[] content) {

        public Optional<ResourceType> resourceType() {
            return RuleFiles.resourceType(relative);
        }
    }

    private final Path folder;
    private final List<RuleFile> files;
    private final String version;

    private RuleFiles(Path folder, List<RuleFile> files, String version) {
        this.folder = folder;
        this.files = files;
        this.version = version;
    }

    public static RuleFiles scan(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new RuleSetInvalidException(List.of(RuleProblem.error(folder.toString(), 0, 0,
                    "rules folder not found")));
        }
        List<RuleFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = folder.relativize(path).toString().replace('\\', '/');
                if (relative.startsWith(SCENARIOS + "/") || path.getFileName().toString().startsWith(".")) {
                    continue;
                }
                files.add(new RuleFile(path, relative, Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rules folder " + folder + ": " + e.getMessage(), e);
        }
        return new RuleFiles(folder, List.copyOf(files), hash(files));
    }

    static Optional<ResourceType> resourceType(String relative) {
        String name = relative.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".drl")) {
            return Optional.of(ResourceType.DRL);
        }
        if (name.endsWith(".dsl")) {
            return Optional.of(ResourceType.DSL);
        }
        if (name.endsWith(".dslr")) {
            return Optional.of(ResourceType.DSLR);
        }
        if (name.endsWith(".drl.xlsx") || name.endsWith(".drl.xls") || name.endsWith(".drl.csv")) {
            return Optional.of(ResourceType.DTABLE);
        }
        return Optional.empty();
    }

    private static String hash(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                digest.update(file.relative().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content());
                digest.update((byte) 0);
            }
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Path folder() {
        return folder;
    }

    public List<RuleFile> all() {
        return files;
    }

    /** The files Drools compiles (DRL and, where supported, other rule formats). */
    public List<RuleFile> ruleSources() {
        return files.stream().filter(f -> f.resourceType().isPresent()).toList();
    }

    public String version() {
        return version;
    }

    /** How a file is shown in problem messages: the folder as the user gave it, then the relative path. */
    public String display(String relative) {
        return folder.resolve(relative).toString();
    }
}
