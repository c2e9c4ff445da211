package com.expressrouteadvisor.engine;

import org.kie.api.runtime.KieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Stops evaluations that run past their time limit. One daemon thread for the whole process scans the
 * evaluating threads a few dozen times a second; an evaluation itself only writes its limit when it starts
 * and compares-and-sets a state when it ends, so the limit costs nanoseconds per customer, with no thread
 * hand-off.
 *
 * <p>The time charged to an evaluation is the time its thread runs on a CPU, plus the time it waits (sleeps,
 * waits, blocks on a lock); not the time it waits for a CPU. So a machine loaded many times over, or the first
 * evaluation of a cold JVM whose compilers hog the cores, does not turn healthy customers into rejects, while a
 * rule that spins or hangs is charged in full. Evaluations shorter than one scan are never looked at.
 *
 * <p>When an evaluation has used up its time, the watchdog escalates: it halts the session (a rule that keeps
 * firing stops after the current consequence) and interrupts the thread (a consequence that sleeps or waits
 * wakes up with an {@link InterruptedException}); if the evaluation has still not returned after a grace
 * period, the consequence is spinning in plain Java, and the thread is stopped with {@link Thread#stop()},
 * whose {@link ThreadDeath} the evaluating thread catches and turns into the rejection of that one customer.
 * {@code Thread.stop} is the only way to end such a loop inside a JVM; it is safe enough here because the
 * session it unwinds is thrown away, never reused. From Java 20 on {@code Thread.stop} is gone: the thread
 * is then left to spin and logged; see docs/authoring.md.
 */
final class EvaluationWatchdog {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationWatchdog.class);
    /** How often the evaluations are charged and checked: the time limit is kept to within this. */
    private static final long SCAN_NANOS = TimeUnit.MILLISECONDS.toNanos(25);
    /** How long a halted and interrupted evaluation gets to return before its thread is stopped. */
    static final long GRACE_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private static final EvaluationWatchdog PROCESS = new EvaluationWatchdog();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Set<Watch> watches = ConcurrentHashMap.newKeySet();
    private final ThreadLocal<Watch> ofThisThread = ThreadLocal.withInitial(this::register);
    private volatile Thread scanner;

    private EvaluationWatchdog() {
    }

    /** The watchdog of this process: one scanning thread, whatever the number of advisors. */
    static EvaluationWatchdog process() {
        return PROCESS;
    }

    /** The watch of the calling thread, created on its first evaluation. */
    Watch watch() {
        return ofThisThread.get();
    }

    private Watch register() {
        Watch watch = new Watch(Thread.currentThread());
        watches.add(watch);
        startScanner();
        return watch;
    }

    private synchronized void startScanner() {
        if (scanner == null) {
            Thread thread = new Thread(this::scan, "evaluation-watchdog");
            thread.setDaemon(true);
            thread.start();
            scanner = thread;
        }
    }

    private void scan() {
        while (true) {
            long now = System.nanoTime();
            for (Watch watch : watches) {
                if (!watch.thread.isAlive()) {
                    watches.remove(watch); // a pool thread that ended; its ThreadLocal went with it
                } else {
                    try {
                        watch.check(now);
                    } catch (RuntimeException e) {
                        LOG.warn("could not stop the evaluation on thread {}", watch.thread.getName(), e);
                    }
                }
            }
            LockSupport.parkNanos(SCAN_NANOS);
        }
    }

    /**
     * One thread's evaluations, one at a time. The state packs a serial number with the phase, so the
     * watchdog can only expire the very evaluation it charged, never the next one.
     */
    static final class Watch {
        private static final long IDLE = 0;
        private static final long RUNNING = 1;
        private static final long EXPIRED = 2;
        private static final long PHASE = 3;
        private static final VarHandle STATE;

        static {
            try {
                STATE = MethodHandles.lookup().findVarHandle(Watch.class, "state", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final Thread thread;
        @SuppressWarnings("unused") // through STATE
        private volatile long state;
        // Written by the evaluating thread before the volatile write of a RUNNING state, read after it.
        private long running;
        private long limitNanos;
        private KieSession session;
        // The scanner's own bookkeeping: the evaluation it is charging, how much, and its last sample.
        private long chargedSerial;
        private long charged;
        private long lastCpu;
        private long lastWall;
        // Guarded by this: what the watchdog did to the expired evaluation.
        private boolean finished;
        private boolean stopTried;
        private boolean stopSent;
        private long stopAt;

        private Watch(Thread thread) {
            this.thread = thread;
        }

        /** Starts watching an evaluation on the calling thread, which must be this watch's thread. */
        void begin(KieSession session, long maxNanos) {
            this.session = session;
            this.limitNanos = maxNanos;
            this.running = (running & ~PHASE) + 4 | RUNNING;
            STATE.setVolatile(this, running);
        }

        /**
         * Stops watching; true when the watchdog cut the evaluation short. Then any interrupt the watchdog
         * sent is cleared, and the {@link ThreadDeath} it sent is waited for here unless the caller already
         * caught it, so that none reaches the caller's code after the evaluation.
         */
        boolean end(boolean threadDeathCaught) {
            if (STATE.compareAndSet(this, running, running & ~PHASE)) {
                return false;
            }
            boolean deathSeen = threadDeathCaught;
            while (true) {
                try {
                    boolean awaitDeath;
                    synchronized (this) {
                        finished = true;
                        awaitDeath = stopSent && !deathSeen;
                    }
                    while (awaitDeath) {
                        Thread.onSpinWait(); // the stop is on its way: take it here
                    }
                    break;
                } catch (ThreadDeath death) {
                    deathSeen = true;
                }
            }
            Thread.interrupted();
            STATE.setVolatile(this, running & ~PHASE);
            return true;
        }

        /** Whether the watchdog has halted the current evaluation. */
        boolean expired() {
            return ((long) STATE.getVolatile(this) & PHASE) == EXPIRED;
        }

        private void check(long now) {
            long seen = (long) STATE.getVolatile(this);
            long phase = seen & PHASE;
            if (phase == RUNNING && charge(seen >>> 2, now) >= limitNanos) {
                expire(seen, now);
            } else if (phase == EXPIRED) {
                escalate(now);
            }
        }

        /** The time charged so far to evaluation {@code serial}: CPU time, and waiting time while it waits. */
        private long charge(long serial, long now) {
            long cpu = THREADS.isThreadCpuTimeEnabled() ? THREADS.getThreadCpuTime(thread.getId()) : -1;
            if (serial != chargedSerial) {
                chargedSerial = serial;
                charged = 0;
            } else {
                long wall = now - lastWall;
                boolean onCpu = thread.getState() == Thread.State.RUNNABLE && cpu >= 0 && lastCpu >= 0;
                charged += onCpu ? cpu - lastCpu : wall; // waiting, or no CPU clock: the time as it passes
            }
            lastCpu = cpu;
            lastWall = now;
            return charged;
        }

        private synchronized void expire(long seen, long now) {
            // The compare-and-set under the lock: the evaluating thread's end() cannot see these flags half-set.
            if (!STATE.compareAndSet(this, seen, (seen & ~PHASE) | EXPIRED)) {
                return; // it ended meanwhile
            }
            finished = false;
            stopTried = false;
            stopSent = false;
            stopAt = now + GRACE_NANOS;
            try {
                session.halt();
            } finally {
                thread.interrupt();
            }
        }

        @SuppressWarnings({"deprecation", "removal"})
        private synchronized void escalate(long now) {
            if (finished || stopTried || now - stopAt < 0) {
                return;
            }
            stopTried = true;
            try {
                thread.stop();
                stopSent = true;
            } catch (UnsupportedOperationException e) {
                LOG.error("a rule is still running on thread {} past its time limit and this Java cannot stop a "
                        + "thread: the thread is lost until the process ends", thread.getName());
            }
        }
    }
}
