package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.advice.Readiness;
import com.expressrouteadvisor.advice.RuleSetInfo;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.ProfileParser;
import com.expressrouteadvisor.report.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An Error in any stage of a portfolio run — the reader, a worker, the writer — ends the run promptly with
 * the reason, after every record before it has been written or rejected; it never leaves the run waiting.
 */
@Timeout(60)
class RunStopsOnErrorTest {

    private static final RuleSetInfo RULES = new RuleSetInfo("sha256:test", 0);
    private static final int RECORDS = 1_000;

    private static Evaluation byId(CustomerProfile profile, EvaluationOptions options) {
        if (profile.id().equals("c-700")) {
            throw new StackOverflowError();
        }
        return new Evaluation(profile.id(), Readiness.READY, List.of(), List.of(), List.of(), null, null, RULES);
    }

    private static InputStream records(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("{\"id\":\"c-").append(i).append("\"}\n");
        }
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static RunSummary run(InputStream input, PortfolioRunTest.Collected out, Consumer<Reject> rejects)
            throws IOException {
        return new PortfolioRun(RunStopsOnErrorTest::byId, new ProfileParser(), EvaluationOptions.DEFAULT, 2)
                .run(List.of("-"), new ProfileReaders(Json.mapper(), input), out, rejects);
    }

    @Test
    void aStackOverflowInAWorkerStopsTheRunAfterWritingEveryRecordBeforeIt() {
        PortfolioRunTest.Collected out = new PortfolioRunTest.Collected();

        assertThatThrownBy(() -> run(records(RECORDS), out, reject -> { }))
                .isInstanceOfSatisfying(RunStoppedException.class, e -> {
                    assertThat(e.internal()).isFalse();
                    assertThat(e.getMessage()).contains("stopped at -:701", "stack overflow", "700 records before it");
                });
        assertThat(out.ids).hasSize(700).startsWith("c-0").endsWith("c-699");
    }

    @Test
    void anErrorInTheReaderStopsTheRunAfterEvaluatingWhatWasRead() {
        InputStream failing = new SequenceInputStream(records(300), new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("disk controller on fire");
            }
        });
        PortfolioRunTest.Collected out = new PortfolioRunTest.Collected();

        assertThatThrownBy(() -> run(failing, out, reject -> { }))
                .isInstanceOfSatisfying(RunStoppedException.class, e -> {
                    assertThat(e.internal()).isTrue();
                    assertThat(e.getMessage()).contains("reading - stopped after", "disk controller on fire");
                });
        assertThat(out.ids).hasSize(300).startsWith("c-0").endsWith("c-299");
    }

    @Test
    void anErrorInTheWriterStopsTheRunWithTheCountWritten() {
        PortfolioRunTest.Collected out = new PortfolioRunTest.Collected() {
            @Override
            public void write(String id) {
                if (id.equals("c-250")) {
                    throw new OutOfMemoryError("Java heap space");
                }
                super.write(id);
            }
        };

        assertThatThrownBy(() -> run(records(RECORDS), out, reject -> { }))
                .isInstanceOfSatisfying(RunStoppedException.class, e -> {
                    assertThat(e.internal()).isFalse();
                    assertThat(e.getMessage()).contains("after 250 records", "out of memory");
                });
        assertThat(out.ids).hasSize(250);
    }

    @Test
    void anErrorWhileRecordingARejectStopsTheRun() {
        List<String> records = new ArrayList<>();
        records.add("{\"id\":\"fine\"}");
        records.add("{\"id\":");
        InputStream input = new ByteArrayInputStream(String.join("\n", records).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> run(input, new PortfolioRunTest.Collected(), reject -> {
            throw new LinkageError("rejects writer missing");
        })).isInstanceOf(RunStoppedException.class).hasMessageContaining("after 1 records", "rejects writer missing");
    }
}
