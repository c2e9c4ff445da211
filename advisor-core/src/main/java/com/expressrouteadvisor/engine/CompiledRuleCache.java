package com.expressrouteadvisor.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.drools.compiler.compiler.io.memory.MemoryFileSystem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.compiler.kie.builder.impl.MemoryKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.stream.Stream;

/**
 * Compiled rule sets kept on disk, so that a rules folder unchanged since the last run is loaded instead of
 * compiled: compiling the full rule base takes seconds, loading it a fraction of that.
 * <p>
 * An entry is the rule set compiled to Java by Drools' executable model (a kjar of classes, no MVEL left to
 * interpret), keyed by the content hash of the rule files together with the build of the advisor and Drools that
 * compiled it, so a changed rule, a new advisor version or another Drools never loads a stale entry. The classic
 * compiler stays the first and only judge of a rule set: it reports problems as {@code FILE:LINE:COLUMN}, and an
 * entry is written only for a rule set it compiled without errors or warnings. The executable model is built after
 * that, on a background thread, so the run that fills the cache is not held up by it until it ends
 * ({@link #awaitWrites(Duration)}). A broken or unreadable entry is ignored and replaced: the cache can only make a
 * start faster, never change a result.
 * <p>
 * Where it lives: {@code -Dadvisor.rules.cache=DIR}, else {@code ADVISOR_RULES_CACHE=DIR}, else
 * {@code $XDG_CACHE_HOME/expressroute-advisor/compiled-rules} ({@code ~/.cache/…}); {@code off} switches it off.
 */
public final class CompiledRuleCache {

    /** The system property and environment variable that place (or switch off) the cache. */
    public static final String PROPERTY = "advisor.rules.cache";
    public static final String ENVIRONMENT = "ADVISOR_RULES_CACHE";

    private static final CompiledRuleCache NONE = new CompiledRuleCache(null, false);
    /** Entries kept (about 1 MB each for the full rule base); older ones are removed when a new one is written. */
    private static final int KEPT_ENTRIES = 8;
    /** Loading a kjar goes through Drools' process-wide repository, keyed by release: one load at a time. */
    private static final Object REPOSITORY = new Object();

    private final Path folder;
    private final boolean writes;

    private CompiledRuleCache(Path folder, boolean writes) {
        this.folder = folder;
        this.writes = writes;
    }

    /** No cache: every rule set is compiled. */
    public static CompiledRuleCache none() {
        return NONE;
    }

    /** A cache in {@code folder}, created when first written. */
    public static CompiledRuleCache in(Path folder) {
        return new CompiledRuleCache(folder, true);
    }

    /** The cache the system property, the environment or the user's cache folder names; possibly {@link #none()}. */
    public static CompiledRuleCache fromEnvironment() {
        String given = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        if (given != null && !given.isBlank()) {
            return given.strip().equalsIgnoreCase("off") ? NONE : in(Path.of(given.strip()));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return in(base.resolve("expressroute-advisor").resolve("compiled-rules"));
    }

    /** The same cache, read but never written: for tools run after every edit, which would only fill it. */
    public CompiledRuleCache readOnly() {
        return folder == null ? NONE : new CompiledRuleCache(folder, false);
    }

    /** What a cached rule set brings besides its classes: where each rule is written. */
    record Entry(KieContainer container, KieBase kieBase, Map<String, RuleLocation> locations) {
    }

    /** A rule's place in the rules folder, as the classic compiler found it. */
    record RuleLocation(String source, int line) {
    }

    /** The entry for these rule files, or empty when there is none or it cannot be used. */
    Optional<Entry> find(RuleFiles files) {
        if (folder == null) {
            return Optional.empty();
        }
        String key = key(files);
        Path kjar = folder.resolve(key + ".kjar");
        Path index = folder.resolve(key + ".json");
        if (!Files.isRegularFile(kjar) || !Files.isRegularFile(index)) {
            return Optional.empty();
        }
        try {
            Map<String, RuleLocation> locations = readIndex(index);
            KieServices services = KieServices.get();
            // The module is put together here rather than read by the repository: the kjar is ours, with the
            // default module description, and reading that description from its XML costs a good part of a start.
            ReleaseId releaseId = releaseId(services, key);
            KieModuleModel description = services.newKieModuleModel();
            KieBuilderImpl.setDefaultsforEmptyKieModule(description);
            InternalKieModule module = new CanonicalKieModule(new MemoryKieModule(releaseId, description,
                    readKjar(kjar)));
            KieContainer container;
            synchronized (REPOSITORY) {
                services.getRepository().addKieModule(module);
                try {
                    container = services.newKieContainer(releaseId);
                } finally {
                    services.getRepository().removeKieModule(releaseId);
                }
            }
            try {
                return Optional.of(new Entry(container, container.getKieBase(), locations)); // builds it, or fails here
            } catch (RuntimeException | LinkageError e) {
                container.dispose();
                throw e;
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // A half-written file, another build's classes, a disk error: compile as if there were no entry.
            Shared.LOG.warn("Ignoring the cached rule set {}: {}", kjar, e.toString());
            try { // so that this run's compile writes a good one in its place
                Files.deleteIfExists(index);
                Files.deleteIfExists(kjar);
            } catch (IOException ignored) {
                // another run may hold it; it is ignored again next time
            }
            return Optional.empty();
        }
    }

    /**
     * The index of an entry, {@code {"rule name": {"source": "file.drl", "line": 12}, …}} as {@link #store} writes it,
     * read with Jackson's streaming parser: binding it to records took ≈ 0.2 s of a start in a fresh JVM (the
     * object mapper introspecting them), against a few milliseconds for the tokens.
     */
    static Map<String, RuleLocation> readIndex(Path index) throws IOException {
        Map<String, RuleLocation> locations = new HashMap<>();
        try (JsonParser in = IndexTokens.FACTORY.createParser(index.toFile())) {
            expect(in.nextToken(), JsonToken.START_OBJECT, index);
            while (in.nextToken() == JsonToken.FIELD_NAME) {
                String rule = in.currentName();
                expect(in.nextToken(), JsonToken.START_OBJECT, index);
                String source = null;
                int line = -1;
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    String field = in.currentName();
                    JsonToken value = in.nextToken();
                    switch (field) {
                        case "source" -> source = value == JsonToken.VALUE_STRING ? in.getText() : null;
                        case "line" -> line = value == JsonToken.VALUE_NUMBER_INT ? in.getIntValue() : -1;
                        default -> in.skipChildren();
                    }
                }
                if (source == null || line < 0) {
                    throw new IOException(index + ": rule '" + rule + "' has no source and line");
                }
                locations.put(rule, new RuleLocation(source, line));
            }
            expect(in.currentToken(), JsonToken.END_OBJECT, index);
        }
        return locations;
    }

    private static void expect(JsonToken found, JsonToken expected, Path index) throws IOException {
        if (found != expected) {
            throw new IOException(index + ": expected " + expected + ", found " + found);
        }
    }

    /**
     * The kjar's files in memory. Drools' own {@code MemoryFileSystem.readFromJar} copies each entry a byte at a time:
     * ≈ 0.3 s for the full rule base's 1.7 MB of classes in a fresh JVM, against a few milliseconds read in blocks.
     * Same entries, same order (the manifest left out, as {@link JarInputStream} does there too).
     */
    static MemoryFileSystem readKjar(Path kjar) throws IOException {
        MemoryFileSystem files = new MemoryFileSystem();
        try (JarInputStream in = new JarInputStream(new BufferedInputStream(Files.newInputStream(kjar), 1 << 16))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (!entry.isDirectory()) {
                    files.write(entry.getName(), in.readAllBytes(), true);
                }
            }
        }
        return files;
    }

    /**
     * Compiles {@code files} with the executable model on the background thread and keeps the result for the next
     * run; does nothing when the cache is off or read-only or the entry exists.
     */
    void storeLater(RuleFiles files, Map<String, RuleInfo> compiled) {
        if (folder == null || !writes) {
            return;
        }
        String key = key(files);
        if (Files.isRegularFile(folder.resolve(key + ".kjar"))) {
            return;
        }
        Map<String, RuleLocation> locations = new TreeMap<>();
        compiled.values().forEach(rule -> locations.put(rule.name(), new RuleLocation(rule.source(), rule.line())));
        synchronized (Writes.PENDING) {
            Writes.PENDING.add(Writes.WRITER.submit(() -> store(files, key, locations)));
        }
    }

    private void store(RuleFiles files, String key, Map<String, RuleLocation> locations) {
        long started = System.nanoTime();
        try {
            KieServices services = KieServices.get();
            ReleaseId releaseId = releaseId(services, key);
            KieFileSystem kfs = services.newKieFileSystem();
            kfs.generateAndWritePomXML(releaseId);
            KieSources.write(files, kfs);
            KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
            List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
            services.getRepository().removeKieModule(releaseId);
            if (!errors.isEmpty()) {
                // The classic compiler accepted these rules, so this is a limit of the executable model: such a rule
                // set simply stays uncached.
                Shared.LOG.warn("Not caching rule set {}: the executable model does not compile it: {}",
                        files.version(), errors.get(0).getText());
                return;
            }
            byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
            Files.createDirectories(folder);
            // The index last: an entry counts only once both files are in place, each moved in whole.
            writeAtomically(folder.resolve(key + ".kjar"), kjar);
            writeAtomically(folder.resolve(key + ".json"), Shared.JSON.writeValueAsBytes(locations));
            Shared.LOG.info("Cached rule set {} in {} ({} ms)", files.version(), folder,
                    (System.nanoTime() - started) / 1_000_000);
            evictBeyond(KEPT_ENTRIES);
        } catch (IOException | RuntimeException e) {
            Shared.LOG.warn("Could not cache rule set {} in {}: {}", files.version(), folder, e.toString());
        }
    }

    /**
     * Keeps the {@code kept} most recently written entries: each rule change and each new build of the advisor
     * leaves one behind, and only the recent ones will be asked for again.
     */
    private void evictBeyond(int kept) throws IOException {
        List<Path> entries;
        try (Stream<Path> files = Files.list(folder)) {
            entries = files.filter(f -> f.getFileName().toString().endsWith(".kjar"))
                    .sorted(java.util.Comparator.comparingLong((Path f) -> f.toFile().lastModified()).reversed())
                    .toList();
        }
        for (Path old : entries.subList(Math.min(kept, entries.size()), entries.size())) {
            String name = old.getFileName().toString();
            Files.deleteIfExists(folder.resolve(name.substring(0, name.length() - ".kjar".length()) + ".json"));
            Files.deleteIfExists(old);
        }
    }

    /** The release an entry is built and loaded as: its own, so rule sets loaded side by side never collide. */
    private static ReleaseId releaseId(KieServices services, String key) {
        return services.newReleaseId("com.expressrouteadvisor.rules", "cached-rule-set", "1.0.0-" + key.substring(0, 16));
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Waits until the rule sets handed to the cache in this process are written, at most {@code limit}: a command
     * that ends right after its results calls this, or its process would end before the next run could benefit.
     *
     * @return true when nothing is left to write
     */
    public static boolean awaitWrites(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        List<Future<?>> pending;
        synchronized (Writes.PENDING) {
            pending = List.copyOf(Writes.PENDING);
            Writes.PENDING.clear();
        }
        for (Future<?> write : pending) {
            try {
                write.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (java.util.concurrent.ExecutionException e) {
                Shared.LOG.warn("Could not cache a rule set: {}", e.getCause().toString());
            }
        }
        return true;
    }

    /** Whether a write is still running or queued. */
    public static boolean writing() {
        synchronized (Writes.PENDING) {
            return Writes.PENDING.stream().anyMatch(write -> !write.isDone());
        }
    }

    /** Created when first used: a command that used no rules ({@code --version}, {@code --help}) starts neither. */
    private static final class Shared {
        static final Logger LOG = LoggerFactory.getLogger(CompiledRuleCache.class);
        static final ObjectMapper JSON = new ObjectMapper();
    }

    /** The index's reader on its own: a start that loads an entry needs no object mapper. */
    private static final class IndexTokens {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    /** The writes of this process, which every command asks about ({@link #writing()}) at its end. */
    private static final class Writes {
        /** One background compiler for the whole process: a cache write never takes more than one core. */
        static final ExecutorService WRITER = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "compiled-rules-cache");
            thread.setDaemon(true);
            return thread;
        });
        static final List<Future<?>> PENDING = new ArrayList<>();
    }

    /** The rules' content hash with the build that compiles them: classes of another build must never be loaded. */
    static String key(RuleFiles files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(files.version().getBytes(StandardCharsets.UTF_8));
            digest.update(BuildStamp.VALUE.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The build of the advisor and of Drools in this process: where their classes come from, with each jar's size
     * and time (a folder of classes: its newest file), the way a launcher tells builds apart without reading them.
     */
    private static final class BuildStamp {
        static final String VALUE = of(CompiledRuleCache.class, KieServices.class, ExecutableModelProject.class,
                com.expressrouteadvisor.profile.Customer.class, com.expressrouteadvisor.advice.Gap.class);

        private static String of(Class<?>... classes) {
            StringBuilder stamp = new StringBuilder(Runtime.version().feature() + ";");
            for (Class<?> type : classes) {
                stamp.append(location(type)).append(';');
            }
            return stamp.toString();
        }

        private static String location(Class<?> type) {
            try {
                CodeSource source = type.getProtectionDomain().getCodeSource();
                if (source == null || source.getLocation() == null) {
                    return type.getName();
                }
                Path path = Path.of(source.getLocation().toURI());
                if (Files.isDirectory(path)) {
                    try (Stream<Path> walk = Files.walk(path)) {
                        long newest = walk.filter(Files::isRegularFile)
                                .mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
                        return path + "@" + newest;
                    }
                }
                return path + "@" + Files.size(path) + "-" + Files.getLastModifiedTime(path).toMillis();
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return type.getName() + "?" + e.getClass().getSimpleName();
            }
        }
    }
}
