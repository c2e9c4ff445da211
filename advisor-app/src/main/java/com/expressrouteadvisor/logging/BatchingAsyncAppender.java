package com.expressrouteadvisor.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Logs from a queue, like logback's {@code AsyncAppender}, but wakes its writer thread in batches rather than for
 * every event: the service logs one access line per request, and waking a parked thread thousands of times a
 * second cost more CPU than encoding and writing the lines. The logging thread only queues the event; the writer
 * wakes every {@code maxDelayMillis} (default 50), or at once when the queue is half full, and writes everything
 * queued. Nothing is dropped: a full queue makes the logging thread wait. {@link #stop()} writes what is queued.
 */
public final class BatchingAsyncAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
        implements AppenderAttachable<ILoggingEvent> {

    private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();
    private int queueSize = 8192;
    private long maxDelayMillis = 50;
    private BlockingQueue<ILoggingEvent> queue;
    private volatile boolean stopping;
    private Thread writer;

    public void setQueueSize(int queueSize) {
        this.queueSize = queueSize;
    }

    public void setMaxDelayMillis(long maxDelayMillis) {
        this.maxDelayMillis = maxDelayMillis;
    }

    @Override
    public void start() {
        if (queueSize < 2 || maxDelayMillis < 1) {
            addError("queueSize must be at least 2 and maxDelayMillis at least 1");
            return;
        }
        queue = new ArrayBlockingQueue<>(queueSize);
        stopping = false;
        writer = new Thread(this::writeLoop, "log-writer-" + getName());
        writer.setDaemon(true);
        writer.start();
        super.start();
    }

    @Override
    protected void append(ILoggingEvent event) {
        event.prepareForDeferredProcessing(); // message, thread name, key-value pairs fixed now, not when written
        if (queue.offer(event)) {
            if (queue.size() >= queueSize / 2) {
                LockSupport.unpark(writer);
            }
            return;
        }
        LockSupport.unpark(writer);
        boolean interrupted = false;
        while (true) {
            try {
                queue.put(event);
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the line is written all the same; the interrupt is the caller's
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeLoop() {
        List<ILoggingEvent> batch = new ArrayList<>(queueSize);
        while (!stopping || !queue.isEmpty()) {
            queue.drainTo(batch);
            for (ILoggingEvent event : batch) {
                appenders.appendLoopOnAppenders(event);
            }
            batch.clear();
            if (queue.isEmpty() && !stopping) {
                LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(maxDelayMillis));
            }
        }
    }

    @Override
    public void stop() {
        if (!isStarted()) {
            return;
        }
        super.stop(); // no new events from here on
        stopping = true;
        LockSupport.unpark(writer);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<ILoggingEvent> late = new ArrayList<>(); // queued by a thread that passed the started check as we stopped
        queue.drainTo(late);
        late.forEach(appenders::appendLoopOnAppenders);
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public void addAppender(Appender<ILoggingEvent> appender) {
        appenders.addAppender(appender);
    }

    @Override
    public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
        return appenders.iteratorForAppenders();
    }

    @Override
    public Appender<ILoggingEvent> getAppender(String name) {
        return appenders.getAppender(name);
    }

    @Override
    public boolean isAttached(Appender<ILoggingEvent> appender) {
        return appenders.isAttached(appender);
    }

    @Override
    public void detachAndStopAllAppenders() {
        appenders.detachAndStopAllAppenders();
    }

    @Override
    public boolean detachAppender(Appender<ILoggingEvent> appender) {
        return appenders.detachAppender(appender);
    }

    @Override
    public boolean detachAppender(String name) {
        return appenders.detachAppender(name);
    }
}
