package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.advice.RuleSetInfo;
import com.expressrouteadvisor.engine.EvaluationException;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.FieldError;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import com.expressrouteadvisor.report.ResultWriter;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

class PortfolioRunTest {

    private static final RuleSetInfo RULES = new RuleSetInfo("sha256:test", 0);

    /** A stand-in for the advisor: the customer id is the result, after an uneven delay. */
    private static Evaluation jittery(com.expressrouteadvisor.profile.CustomerProfile profile, EvaluationOptions options) {
        if (ThreadLocalRandom.current().nextInt(10) == 0) {
            LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(200_000));
        }
        return new Evaluation(profile.id(), Readiness.READY, List.of(), List.of(), List.of(), null, null, RULES);
    }

    @Test
    void resultsComeOutInInputOrderWhateverTheWorkersFinishFirst() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            lines.add("{\"id\":\"c-" + i + "\"}");
        }
        Collected out = new Collected();

        RunSummary summary = new PortfolioRun(PortfolioRunTest::jittery, new ProfileParser(), EvaluationOptions.DEFAULT, 4)
                .run(List.of("-"), readers(lines), out, reject -> { });

        assertThat(summary).isEqualTo(new RunSummary(3_000, 3_000, 0));
        assertThat(out.ids).hasSize(3_000);
        for (int i = 0; i < 3_000; i++) {
            assertThat(out.ids.get(i)).isEqualTo("c-" + i);
        }
    }

    @Test
    void everyRecordIsAResultOrARejectWithItsLineAndReason() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            lines.add(switch (i % 10) {
                case 3 -> "{\"id\":\"broken-" + i + "\", ";                          // malformed JSON
                case 5 -> "{\"id\":\"typo-" + i + "\",\"routing\":{\"asm\":65010}}";    // unknown field
                case 7 -> "{\"name\":\"no id\"}";                                     // missing id
                default -> "{\"id\":\"c-" + i + "\"}";
            });
        }
        Collected out = new Collected();
        List<Reject> rejects = Collections.synchronizedList(new ArrayList<>());

        RunSummary summary = new PortfolioRun(PortfolioRunTest::jittery, new ProfileParser(), EvaluationOptions.DEFAULT, 3)
                .run(List.of("-"), readers(lines), out, rejects::add);

        assertThat(summary.read()).isEqualTo(1_000);
        assertThat(summary.evaluated()).isEqualTo(700).isEqualTo(out.ids.size());
        assertThat(summary.rejected()).isEqualTo(300).isEqualTo(rejects.size());
        assertThat(summary.addsUp()).isTrue();
        assertThat(rejects).extracting(Reject::line).isSorted();
        Reject typo = rejects.stream().filter(r -> "typo-5".equals(r.id())).findFirst().orElseThrow();
        assertThat(typo.line()).isEqualTo(6);
        assertThat(typo.source()).isEqualTo("-");
        assertThat(typo.errors()).extracting(FieldError::field).containsExactly("routing.asm");
        assertThat(rejects.get(0).errors().get(0).reason()).startsWith("malformed JSON");
    }

    @Test
    void aRuleFailureRejectsOnlyThatCustomer() throws IOException {
        List<String> lines = List.of("{\"id\":\"a\"}", "{\"id\":\"loops\"}", "{\"id\":\"b\"}");
        ProfileEvaluator failsForOne = (profile, options) -> {
            if (profile.id().equals("loops")) {
                throw new EvaluationException("loops", "Some rule", "rules fired more than 10000 times", null);
            }
            return jittery(profile, options);
        };
        Collected out = new Collected();
        List<Reject> rejects = new ArrayList<>();

        RunSummary summary = new PortfolioRun(failsForOne, new ProfileParser(), EvaluationOptions.DEFAULT, 2)
                .run(List.of("-"), readers(lines), out, rejects::add);

        assertThat(out.ids).containsExactly("a", "b");
        assertThat(summary).isEqualTo(new RunSummary(3, 2, 1));
        assertThat(rejects.get(0).errors().get(0).reason()).contains("fired more than 10000 times");
    }

    @Test
    void readsOnlyABoundedWayAheadOfTheWorkersSoMemoryDoesNotGrowWithThePortfolio() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            lines.add("{\"id\":\"c-" + i + "\"}");
        }
        CountDownLatch release = new CountDownLatch(1);
        ProfileEvaluator stalled = (profile, options) -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return jittery(profile, options);
        };
        ProfileReaders readers = readers(lines);
        int threads = 2;
        AtomicReference<RunSummary> summary = new AtomicReference<>();
        Thread run = new Thread(() -> {
            try {
                summary.set(new PortfolioRun(stalled, new ProfileParser(), EvaluationOptions.DEFAULT, threads)
                        .run(List.of("-"), readers, new Collected(), reject -> { }));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        run.start();
        TimeUnit.MILLISECONDS.sleep(500);

        long readWhileStalled = readers.recordsRead();
        release.countDown();
        run.join(60_000);

        assertThat(readWhileStalled).isPositive().isLessThanOrEqualTo((threads * 4L + 3) * PortfolioRun.CHUNK);
        assertThat(summary.get()).isEqualTo(new RunSummary(100_000, 100_000, 0));
    }

    private static ProfileReaders readers(List<String> lines) {
        byte[] input = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        return new ProfileReaders(Json.mapper(), new ByteArrayInputStream(input));
    }

    /** Keeps the ids written, in the order written; encodes on the workers like a real writer. */
    static class Collected implements ResultWriter<String> {
        final List<String> ids = new ArrayList<>();

        @Override
        public String encode(Evaluation evaluation) {
            return evaluation.customerId();
        }

        @Override
        public void write(String id) {
            ids.add(id);
        }

        @Override
        public void close() {
        }
    }
}
