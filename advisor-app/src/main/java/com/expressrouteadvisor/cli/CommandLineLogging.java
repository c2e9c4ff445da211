package com.expressrouteadvisor.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.OptionHelper;
import org.slf4j.LoggerFactory;

import java.net.URL;

/**
 * Logback's configuration for the commands other than {@code serve}, made in code (found by Logback through
 * {@code META-INF/services}): the packaged {@code logback.xml} describes the service's access log too, and reading
 * it (an XML parser, Joran, the Logstash encoder and Jackson behind it, an appender thread) took ≈ 0.15 s CPU and
 * 0.2 s of the start of {@code java -jar … explain}, which writes no access log. It keeps what {@code logback.xml}
 * says for them: warnings and errors on standard error as {@code LEVEL Logger: message}, {@code ADVISOR_LOG_LEVEL}
 * for the advisor's own loggers, Drools' noise silenced. {@code serve} switches to {@code logback.xml} when it
 * starts ({@link #useServiceConfiguration}); {@code -Dlogback.configurationFile=FILE} replaces both.
 */
public final class CommandLineLogging extends ContextAwareBase implements Configurator {

    /** Marks a context this class configured, so that {@code serve} knows it may replace the configuration. */
    private static final String MARK = CommandLineLogging.class.getName();

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY; // the user's configuration, read by Logback itself
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger{0}: %msg%n");
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(stderr);
        // ${ADVISOR_LOG_LEVEL:-WARN} in logback.xml, looked up as Joran does: context, system property, environment.
        context.getLogger("com.expressrouteadvisor")
                .setLevel(Level.toLevel(OptionHelper.propertyLookup("ADVISOR_LOG_LEVEL", context, null), Level.WARN));
        // As in logback.xml: constraints on globals make Drools warn about class reactivity on every start, and
        // KieProject logs compile errors that the advisor reports as FILE:LINE:COLUMN itself.
        context.getLogger("org.drools.mvel.MVELConstraint").setLevel(Level.ERROR);
        context.getLogger("org.drools.compiler.kie.builder.impl.KieProject").setLevel(Level.OFF);
        context.putObject(MARK, Boolean.TRUE);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Replaces this configuration, if it is the one in use, with the packaged {@code logback.xml}: the service's. */
    static void useServiceConfiguration() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context) || context.getObject(MARK) == null) {
            return;
        }
        URL packaged = CommandLineLogging.class.getResource("/logback.xml");
        context.reset();
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        try {
            joran.doConfigure(packaged);
        } catch (JoranException e) {
            throw new IllegalStateException("the packaged logback.xml cannot be read", e);
        }
    }
}
