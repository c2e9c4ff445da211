package com.expressrouteadvisor.cli;

import com.expressrouteadvisor.batch.PortfolioRun;
import com.expressrouteadvisor.batch.ProfileReaders;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;

/**
 * The progress bar of a long run, with rate and ETA, on standard error, only when standard error is a
 * terminal (never in a file, a pipe or a CI log). The number of profiles is not known before the end, so
 * the total is estimated from the bytes read so far and refined as the run goes.
 */
final class ProgressDisplay implements PortfolioRun.Progress, AutoCloseable {

    private final ProgressBar bar;
    private final ProfileReaders readers;
    private final long totalBytes;

    private ProgressDisplay(ProgressBar bar, ProfileReaders readers, long totalBytes) {
        this.bar = bar;
        this.readers = readers;
        this.totalBytes = totalBytes;
    }

    /** A bar when standard error is a terminal, else a display that shows nothing. */
    static PortfolioRun.Progress startIfTerminal(PrintStream err, ProfileReaders readers, long totalBytes) {
        if (err != System.err || !isTerminal(2)) {
            return PortfolioRun.Progress.NONE;
        }
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName("Profiles")
                .setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setUnit("", 1) // "profiles" is in the task name; a short line leaves room for the bar
                .showSpeed()
                .setSpeedUnit(ChronoUnit.SECONDS)
                .setConsumer(new ConsoleProgressBarConsumer(err))
                .clearDisplayOnFinish()
                .build();
        return new ProgressDisplay(bar, readers, totalBytes);
    }

    static void close(PortfolioRun.Progress progress) {
        if (progress instanceof ProgressDisplay display) {
            display.close();
        }
    }

    @Override
    public void done(long records) {
        long bytes = readers.bytesRead();
        if (totalBytes > 0 && bytes > 0 && readers.recordsRead() > 0) {
            // Records read so far, scaled by the share of bytes they took: the whole input's records.
            long estimate = Math.max(records, (long) ((double) readers.recordsRead() * totalBytes / bytes));
            bar.maxHint(estimate);
        }
        bar.stepTo(records);
    }

    @Override
    public void close() {
        bar.close();
    }

    /**
     * Whether a file descriptor is a terminal. Java 17 can only tell for standard input and output together
     * ({@link System#console()}); on Linux the descriptor's link says it exactly.
     */
    static boolean isTerminal(int descriptor) {
        Path link = Path.of("/proc/self/fd/" + descriptor);
        if (Files.isSymbolicLink(link)) {
            try {
                String target = Files.readSymbolicLink(link).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
