package com.expressrouteadvisor.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the rules folder (and every folder below it) and calls back once the files have been quiet for
 * the debounce time, so that an editor's save, a {@code git pull} or a copy of many files gives one reload,
 * not one per file. Scenario files do not change the rule set and are ignored.
 */
final class RulesWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RulesWatcher.class);

    private final Path folder;
    private final Duration debounce;
    private final Runnable onChange;
    private final WatchService watchService;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rules-watch-debounce");
        thread.setDaemon(true);
        return thread;
    });
    private final Thread watchThread;
    private ScheduledFuture<?> pending;

    RulesWatcher(Path folder, Duration debounce, Runnable onChange) {
        this.folder = folder.toAbsolutePath().normalize();
        this.debounce = debounce;
        this.onChange = onChange;
        try {
            this.watchService = FileSystems.getDefault().newWatchService();
            registerTree(this.folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folder + ": " + e.getMessage(), e);
        }
        this.watchThread = new Thread(this::watch, "rules-watch");
        this.watchThread.setDaemon(true);
    }

    void start() {
        watchThread.start();
        LOG.info("Watching {} for changes (debounce {} ms)", folder, debounce.toMillis());
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watchService.take();
                Path dir = (Path) key.watchable();
                boolean relevant = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        relevant = true; // events were lost: assume something changed
                        continue;
                    }
                    Path changed = dir.resolve((Path) event.context());
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                        registerTree(changed);
                    }
                    relevant |= matters(changed);
                }
                key.reset();
                if (relevant) {
                    schedule();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.error("Watching {} stopped; reload with POST /v1/rules/reload", folder, e);
        }
    }

    private boolean matters(Path changed) {
        Path relative = folder.relativize(changed);
        return !relative.startsWith(com.expressrouteadvisor.engine.RuleFiles.SCENARIOS)
                && !changed.getFileName().toString().startsWith(".");
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::fire, debounce.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void fire() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.warn("Reload after a change in {} failed", folder, e);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            watchService.close();
        } catch (IOException e) {
            LOG.debug("Closing the watch service of {}", folder, e);
        }
        watchThread.interrupt();
    }
}
