package com.expressrouteadvisor.service;

import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.service.ReloadResult.WarmUp.Ending;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongUnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a new rule set stops warming up. A fake clock: each evaluation takes 1 ms; a pause takes what it is asked
 * for, and the JIT compiles meanwhile whatever the test's JIT function says for that moment.
 */
class ReloadWarmUpTest {

    private static final ReloadWarmUpLimits LIMITS = new ReloadWarmUpLimits(1_000, Duration.ofSeconds(10));

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong compileMillis = new AtomicLong();
    private final List<String> evaluated = new ArrayList<>();
    private final List<CustomerProfile> traffic = List.of(profile("a"), profile("b"));

    @Test
    void runsTheEvaluationsThenWaitsUntilTheJitIsQuiet() {
        // the JIT compiles 40 % of the time until 3 s after the start, then nothing
        ReloadResult.WarmUp warmUp = warmUp(LIMITS, ms -> ms < 3_000 ? 200 : 0).run(this::evaluate, traffic);

        assertThat(warmUp.ending()).isEqualTo(Ending.JIT_QUIET);
        assertThat(warmUp.evaluations()).isEqualTo(1_000);
        assertThat(evaluated).hasSize(1_000).startsWith("a", "b", "a");
        assertThat(warmUp.millis()).isBetween(3_000L, 3_500L);
    }

    /** 1,000 evaluations of 1 ms, then windows of 500 ms until quiet (at most 25 ms compiled) or the 10 s limit. */
    @ParameterizedTest(name = "JIT compiling {0} ms per window: {1} after {2} ms")
    @CsvSource({"10, JIT_QUIET, 1500", "25, JIT_QUIET, 1500", "26, MAX_TIME, 10000", "100, MAX_TIME, 10000"})
    void aSteadyJitEndsTheWaitAfterOneWindowWhenQuietOrAtTheTimeLimit(long perWindow, Ending ending, long millis) {
        ReloadResult.WarmUp warmUp = warmUp(LIMITS, ms -> perWindow).run(this::evaluate, traffic);

        assertThat(warmUp.ending()).isEqualTo(ending);
        assertThat(warmUp.millis()).isEqualTo(millis);
    }

    @Test
    void aWakeUpThatComesEarlyDoesNotPassForQuiet() {
        // 40 ms of compiling per 500 ms until 3 s: a half window would see 20 ms, under the 25 ms that count as quiet
        ReloadWarmUp warmUp = new ReloadWarmUp(LIMITS, compileMillis::get, nanos::get, pause -> {
            long half = pause / 2 + 1;
            if (nanos.get() < Duration.ofSeconds(3).toNanos()) {
                compileMillis.addAndGet(40 * half / ReloadWarmUp.QUIET_WINDOW.toNanos());
            }
            nanos.addAndGet(half);
        });

        ReloadResult.WarmUp outcome = warmUp.run(this::evaluate, traffic);

        assertThat(outcome.ending()).isEqualTo(Ending.JIT_QUIET);
        assertThat(outcome.millis()).isGreaterThanOrEqualTo(3_000);
    }

    @Test
    void endsAtTheTimeLimitDuringTheEvaluations() {
        ReloadWarmUpLimits many = new ReloadWarmUpLimits(100_000, Duration.ofSeconds(2));

        ReloadResult.WarmUp warmUp = warmUp(many, ms -> 0).run(this::evaluate, traffic);

        assertThat(warmUp.ending()).isEqualTo(Ending.MAX_TIME);
        assertThat(warmUp.evaluations()).isEqualTo(2_000);
    }

    @Test
    void doesNotWaitWhereTheJvmDoesNotCountCompileTime() {
        compileMillis.set(-1);

        ReloadResult.WarmUp warmUp = warmUp(LIMITS, ms -> 0).run(this::evaluate, traffic);

        assertThat(warmUp.ending()).isEqualTo(Ending.EVALUATIONS_RUN);
        assertThat(warmUp.millis()).isEqualTo(1_000);
    }

    @Test
    void doesNothingWithoutTrafficOrWhenSwitchedOff() {
        assertThat(warmUp(LIMITS, ms -> 0).run(this::evaluate, List.of()).ending()).isEqualTo(Ending.NO_TRAFFIC);

        ReloadResult.WarmUp off = warmUp(ReloadWarmUpLimits.NONE, ms -> 0).run(this::evaluate, traffic);

        assertThat(off.ending()).isEqualTo(Ending.NO_TRAFFIC);
        assertThat(evaluated).isEmpty();
    }

    /** @param jit milliseconds the JIT compiles in a 500 ms window that starts at the given millisecond */
    private ReloadWarmUp warmUp(ReloadWarmUpLimits limits, LongUnaryOperator jit) {
        return new ReloadWarmUp(limits, compileMillis::get, nanos::get, pause -> {
            long startMillis = nanos.get() / 1_000_000;
            nanos.addAndGet(pause);
            compileMillis.addAndGet(jit.applyAsLong(startMillis) * pause / ReloadWarmUp.QUIET_WINDOW.toNanos());
        });
    }

    private void evaluate(CustomerProfile profile) {
        evaluated.add(profile.id());
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
    }

    private static CustomerProfile profile(String id) {
        return new CustomerProfile(id, null, null, null, null, null, null, null, null, null, null, null);
    }
}
