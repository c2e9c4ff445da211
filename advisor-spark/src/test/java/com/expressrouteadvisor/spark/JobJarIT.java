package com.expressrouteadvisor.spark;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The job jar as spark-submit gets it: nothing in it may clash with what a Spark 4 cluster puts on the
 * classpath. A Log4j-to-SLF4J bridge or a second SLF4J provider stops Spark at start; Jackson, if not
 * moved aside, meets the cluster's Jackson of another version.
 */
class JobJarIT {

    private static List<String> entries;

    @BeforeAll
    static void readJar() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("job.jar"))) {
            entries = jar.stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void bringsNoLoggingBackEndOrBridge() {
        assertThat(entries).noneMatch(name -> name.startsWith("org/apache/logging/"))
                .noneMatch(name -> name.startsWith("ch/qos/logback/"))
                .noneMatch(name -> name.startsWith("org/slf4j/"))
                .noneMatch(name -> name.startsWith("net/logstash/"));
    }

    @Test
    void carriesJacksonMovedAsideOnly() {
        assertThat(entries).noneMatch(name -> name.startsWith("com/fasterxml/jackson/"))
                .noneMatch(name -> name.startsWith("META-INF/versions/") && name.contains("jackson"))
                .contains("com/expressrouteadvisor/spark/shaded/jackson/databind/ObjectMapper.class");
    }

    @Test
    void carriesNeitherSparkNorScalaNorTheService() {
        assertThat(entries).noneMatch(name -> name.startsWith("org/apache/spark/"))
                .noneMatch(name -> name.startsWith("scala/"))
                .noneMatch(name -> name.startsWith("org/apache/hadoop/"))
                .noneMatch(name -> name.startsWith("io/javalin/"))
                .noneMatch(name -> name.startsWith("com/expressrouteadvisor/cli/"));
    }

    @Test
    void carriesTheJobTheRulesAndTheReferenceData() {
        assertThat(entries).contains("com/expressrouteadvisor/spark/SparkAdvisorJob.class",
                "com/expressrouteadvisor/engine/Advisor.class", "bundled/rules/", "bundled/reference/");
    }
}
