package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationException;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.FieldError;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.report.ResultWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Evaluates every record of some inputs: valid profiles become results written in input order, every other
 * record becomes a {@link Reject} that says why. One bad record never stops the run.
 *
 * <p>Three stages keep memory bounded whatever the portfolio's size: one thread reads records into chunks,
 * {@code threads} workers parse, evaluate and encode whole chunks (all sharing one advisor, so one KieBase),
 * and the calling thread writes the chunks back in the order they were read. At most a few chunks per
 * worker are ever in flight; the reader waits when the writer falls behind.
 */
public final class PortfolioRun {

    private static final Logger LOG = LoggerFactory.getLogger(PortfolioRun.class);
    static final int CHUNK = 128;
    private static final int CHUNKS_PER_WORKER = 4;

    private final ProfileEvaluator evaluator;
    private final ProfileParser parser;
    private final EvaluationOptions options;
    private final int threads;
    private final ObjectMapper mapper = Json.mapper();

    public PortfolioRun(ProfileEvaluator evaluator, ProfileParser parser, EvaluationOptions options, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.evaluator = evaluator;
        this.parser = parser;
        this.options = options;
        this.threads = threads;
    }

    /** A run on every core. */
    public PortfolioRun(Advisor advisor, ProfileParser parser, EvaluationOptions options) {
        this(advisor::evaluate, parser, options, Runtime.getRuntime().availableProcessors());
    }

    /** Told after each chunk is written how many records are done, for a progress display. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = done -> { };

        void done(long records);
    }

    public RunSummary run(List<String> inputs, ProfileReaders readers, ResultWriter<?> out, Consumer<Reject> rejects)
            throws IOException {
        return run(inputs, readers, out, rejects, Progress.NONE);
    }

    public <T> RunSummary run(List<String> inputs, ProfileReaders readers, ResultWriter<T> out,
                              Consumer<Reject> rejects, Progress progress) throws IOException {
        return run(inputs, readers, new Stages<Evaluation, T>() {
            @Override
            public Evaluation evaluate(CustomerProfile profile, EvaluationOptions options) {
                return evaluator.evaluate(profile, options);
            }

            @Override
            public T encode(Evaluation result) throws IOException {
                return out.encode(result);
            }

            @Override
            public void write(T encoded) throws IOException {
                out.write(encoded);
            }
        }, rejects, progress);
    }

    /**
     * What a run does with each valid profile, when it is more than one evaluation written by a
     * {@link ResultWriter}: a release diff evaluates every profile with two rule sets in the same pass.
     *
     * @param <R> what the evaluation of one profile comes to
     * @param <T> that, encoded for the output
     */
    public interface Stages<R, T> {

        /** On a worker thread; an {@link EvaluationException} or other RuntimeException rejects the record. */
        R evaluate(CustomerProfile profile, EvaluationOptions options);

        /** On the same worker thread; a failure here stops the run, as a writer's would. */
        T encode(R result) throws IOException;

        /** On the calling thread, in input order. */
        void write(T encoded) throws IOException;
    }

    /** {@link #run(List, ProfileReaders, ResultWriter, Consumer, Progress)} with stages of the caller's own. */
    public <R, T> RunSummary run(List<String> inputs, ProfileReaders readers, Stages<R, T> out,
                                 Consumer<Reject> rejects, Progress progress) throws IOException {
        AtomicInteger workerNumber = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "evaluate-" + workerNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<List<Written<T>>>> inFlight = new ArrayBlockingQueue<>(threads * CHUNKS_PER_WORKER);
        Future<List<Written<T>>> end = CompletableFuture.completedFuture(List.of());
        AtomicLong read = new AtomicLong();
        Thread reader = new Thread(() -> readAll(inputs, readers, out, workers, inFlight, end, read), "read-inputs");
        reader.setDaemon(true);
        reader.start();
        long evaluated = 0;
        long rejected = 0;
        try {
            for (Future<List<Written<T>>> chunk = inFlight.take(); chunk != end; chunk = inFlight.take()) {
                for (Written<T> outcome : chunk.get()) {
                    if (outcome instanceof Encoded<T> encoded) {
                        out.write(encoded.result());
                        evaluated++;
                    } else if (outcome instanceof Rejected<T> reject) {
                        rejects.accept(reject.reject());
                        rejected++;
                    } else if (outcome instanceof Stopped<T> stopped) {
                        throw stopped.exception(evaluated + rejected);
                    }
                }
                progress.done(evaluated + rejected);
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted after " + (evaluated + rejected) + " records");
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        } catch (Error e) {
            throw new RunStoppedException("writing the results stopped after " + (evaluated + rejected)
                    + " records: " + RunStoppedException.describe(e), e, RunStoppedException.isInternal(e));
        } finally {
            reader.interrupt();
            workers.shutdownNow();
        }
        return new RunSummary(read.get(), evaluated, rejected);
    }

    private <R, T> void readAll(List<String> inputs, ProfileReaders readers, Stages<R, T> out,
                                ExecutorService workers, BlockingQueue<Future<List<Written<T>>>> inFlight, Future<List<Written<T>>> end,
                                AtomicLong read) {
        List<InputRecord> chunk = new ArrayList<>(CHUNK);
        String input = null;
        try {
            try {
                for (String each : inputs) {
                    input = each;
                    try (ProfileReader reader = readers.open(input)) {
                        for (InputRecord record = reader.next(); record != null; record = reader.next()) {
                            read.incrementAndGet();
                            chunk.add(record);
                            if (chunk.size() == CHUNK) {
                                List<InputRecord> full = chunk;
                                chunk = new ArrayList<>(CHUNK);
                                inFlight.put(workers.submit(() -> process(full, out)));
                            }
                        }
                    }
                }
                if (!chunk.isEmpty()) {
                    List<InputRecord> last = chunk;
                    inFlight.put(workers.submit(() -> process(last, out)));
                }
            } catch (IOException | RuntimeException e) {
                inFlight.put(CompletableFuture.failedFuture(e));
            } catch (Error e) {
                // What was read before it is still evaluated and written; then the run stops with the reason.
                if (!chunk.isEmpty()) {
                    List<InputRecord> before = chunk;
                    inFlight.put(workers.submit(() -> process(before, out)));
                }
                inFlight.put(CompletableFuture.failedFuture(new RunStoppedException("reading " + input
                        + " stopped after " + read.get() + " records: " + RunStoppedException.describe(e), e,
                        RunStoppedException.isInternal(e))));
            }
            inFlight.put(end);
        } catch (InterruptedException e) {
            // The writer gave up (it failed or was interrupted); nobody waits for more chunks.
            Thread.currentThread().interrupt();
        }
    }

    /** The chunk's outcomes in order; after an Error, those before it and then where it {@link Stopped}. */
    private <R, T> List<Written<T>> process(List<InputRecord> chunk, Stages<R, T> out) throws IOException {
        List<Written<T>> outcomes = new ArrayList<>(chunk.size());
        for (InputRecord record : chunk) {
            try {
                StageOutcome<R> outcome = outcome(record, out::evaluate);
                if (outcome instanceof Done<R> done) {
                    outcomes.add(new Encoded<>(out.encode(done.result())));
                } else if (outcome instanceof Refused<R> refused) {
                    outcomes.add(new Rejected<>(refused.reject()));
                }
            } catch (IOException e) {
                throw e;
            } catch (Throwable e) {
                outcomes.add(new Stopped<>(record, e));
                return outcomes;
            }
        }
        return outcomes;
    }

    /** A record's outcome as the writer takes it: a result already encoded on the worker, a reject, or a stop. */
    private sealed interface Written<T> permits Encoded, Rejected, Stopped {
    }

    private record Encoded<T>(T result) implements Written<T> {
    }

    private record Rejected<T>(Reject reject) implements Written<T> {
    }

    /** A record whose evaluation or encoding failed with an Error (or a bug): the run stops there. */
    private record Stopped<T>(InputRecord record, Throwable cause) implements Written<T> {
        RunStoppedException exception(long recordsDone) {
            return new RunStoppedException("stopped at " + record.source() + ":" + record.line() + ": "
                    + RunStoppedException.describe(cause) + "; the " + recordsDone + " records before it are "
                    + "written or rejected, the records after it were not evaluated", cause,
                    RunStoppedException.isInternal(cause));
        }
    }

    /** The record's {@link Evaluation}, or a {@link Reject} saying why there is none. */
    public RecordOutcome evaluate(InputRecord record) {
        StageOutcome<Evaluation> outcome = outcome(record, evaluator::evaluate);
        return outcome instanceof Done<Evaluation> done
                ? new RecordOutcome.Evaluated(done.result()) : ((Refused<Evaluation>) outcome).reject();
    }

    /** What a stage's evaluation of one record came to: its result, or the reject saying why there is none. */
    private sealed interface StageOutcome<R> permits Done, Refused {
    }

    private record Done<R>(R result) implements StageOutcome<R> {
    }

    private record Refused<R>(Reject reject) implements StageOutcome<R> {
    }

    /** Only the evaluating part of {@link Stages}. */
    private interface Evaluate<R> {
        R evaluate(CustomerProfile profile, EvaluationOptions options);
    }

    private <R> StageOutcome<R> outcome(InputRecord record, Evaluate<R> stage) {
        ParsedProfile parsed;
        try {
            if (record.content() instanceof RecordContent.JsonText text) {
                parsed = parser.parse(text.text()); // straight from text: no tree for a valid record
            } else {
                parsed = parser.parse(record.content().decode(mapper));
            }
        } catch (RecordContent.UnreadableRecordException e) {
            return refused(record, null, List.of(new FieldError("(record)", e.getMessage())));
        } catch (JsonProcessingException e) {
            return refused(record, null, List.of(new FieldError("(record)", "malformed JSON: " + e.getOriginalMessage())));
        }
        if (!parsed.isValid()) {
            return refused(record, parsed.id(), parsed.errors());
        }
        try {
            return new Done<>(stage.evaluate(parsed.profile(), options));
        } catch (EvaluationException e) {
            return refused(record, parsed.id(), List.of(new FieldError("(rules)", e.getMessage())));
        } catch (RuntimeException e) {
            // A rule's Java helper failing on one customer must not take the portfolio down with it.
            LOG.debug("evaluation failed for {}:{}", record.source(), record.line(), e);
            return refused(record, parsed.id(), List.of(new FieldError("(rules)", "evaluation failed: " + e)));
        }
    }

    private static <R> Refused<R> refused(InputRecord record, String id, List<FieldError> errors) {
        return new Refused<>(reject(record, id, errors));
    }

    private static Reject reject(InputRecord record, String id, List<FieldError> errors) {
        return new Reject(record.source(), record.line(), record.index(), id, errors);
    }

    private static IOException unwrap(Throwable cause) {
        if (cause instanceof IOException io) {
            return io;
        }
        if (cause instanceof UncheckedIOException unchecked) {
            return unchecked.getCause();
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IOException(cause);
    }
}
