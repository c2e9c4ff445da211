package com.expressrouteadvisor.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The access log's queue: every line written, in each thread's order, also when the queue overflows. */
class BatchingAsyncAppenderTest {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void writesEveryEventOfManyThreadsThroughATinyQueueByTheTimeItStops() throws InterruptedException {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // as logback's own set-up does
        ListAppender<ILoggingEvent> written = new ListAppender<>();
        written.setContext(context);
        written.start();
        BatchingAsyncAppender queue = new BatchingAsyncAppender();
        queue.setContext(context);
        queue.setName("test");
        queue.setQueueSize(4); // far fewer than the events: callers must wait for the writer
        queue.setMaxDelayMillis(1_000); // longer than the test would take if a wake-up were missed
        queue.addAppender(written);
        queue.start();
        Logger logger = context.getLogger("access");
        logger.addAppender(queue);

        int threads = 4;
        int events = 5_000;
        List<Thread> loggers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            String name = "t" + t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < events; i++) {
                    logger.info("{} {}", name, i);
                }
            }, name);
            loggers.add(thread);
            thread.start();
        }
        for (Thread thread : loggers) {
            thread.join();
        }
        queue.stop();

        assertThat(written.list).hasSize(threads * events);
        for (int t = 0; t < threads; t++) {
            String name = "t" + t;
            assertThat(written.list.stream().filter(e -> e.getThreadName().equals(name))
                    .map(ILoggingEvent::getFormattedMessage).toList())
                    .as("thread %s's events, in its order", name)
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, events)
                            .mapToObj(i -> name + " " + i).toList());
        }
        assertThat(written.isStarted()).as("stopped with the queue").isFalse();
    }
}
