package com.expressrouteadvisor.authoring;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scenario results in the JUnit XML format CI servers read (Jenkins, GitLab, GitHub actions, Azure DevOps):
 * one {@code testsuite} per scenario file, one {@code testcase} per scenario, a {@code failure} saying what
 * differed. Written with StAX, so names and messages are always escaped into well-formed XML.
 */
public final class JUnitXmlReport {

    private static final String SUITES_NAME = "rule scenarios";

    public void write(ScenarioRun run, OutputStream out) throws IOException {
        Map<String, List<ScenarioResult>> byFile = new LinkedHashMap<>();
        for (ScenarioResult result : run.results()) {
            byFile.computeIfAbsent(result.scenario().relative(), f -> new java.util.ArrayList<>()).add(result);
        }
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            newline(xml, 0);
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", SUITES_NAME);
            xml.writeAttribute("tests", String.valueOf(run.results().size()));
            xml.writeAttribute("failures", String.valueOf(run.failed()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("time", seconds(run.results().stream().mapToLong(ScenarioResult::nanos).sum()));
            for (Map.Entry<String, List<ScenarioResult>> file : byFile.entrySet()) {
                writeSuite(xml, file.getKey(), file.getValue());
            }
            newline(xml, 0);
            xml.writeEndElement();
            newline(xml, 0);
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void writeSuite(XMLStreamWriter xml, String file, List<ScenarioResult> results)
            throws XMLStreamException {
        long failures = results.stream().filter(r -> !r.passed()).count();
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", file);
        xml.writeAttribute("tests", String.valueOf(results.size()));
        xml.writeAttribute("failures", String.valueOf(failures));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(results.stream().mapToLong(ScenarioResult::nanos).sum()));
        for (ScenarioResult result : results) {
            newline(xml, 2);
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", clean(result.scenario().name()));
            xml.writeAttribute("classname", className(file));
            xml.writeAttribute("file", clean(result.scenario().file()));
            xml.writeAttribute("line", String.valueOf(result.scenario().line()));
            xml.writeAttribute("time", seconds(result.nanos()));
            if (!result.passed()) {
                newline(xml, 3);
                xml.writeStartElement("failure");
                xml.writeAttribute("type", "ScenarioMismatch");
                xml.writeAttribute("message", clean(String.join("; ", result.differences())));
                xml.writeCharacters(clean(details(result)));
                xml.writeEndElement();
                newline(xml, 2);
            }
            xml.writeEndElement();
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static String details(ScenarioResult result) {
        StringBuilder text = new StringBuilder(result.describe()).append('\n');
        for (String difference : result.differences()) {
            text.append("  - ").append(difference).append('\n');
        }
        if (!result.firedRules().isEmpty()) {
            text.append("rules fired:\n");
            result.firedRules().forEach(rule -> text.append("  ").append(rule).append('\n'));
        }
        return text.toString();
    }

    /** {@code network/asn.yaml} becomes {@code scenarios.network.asn}, as CI servers group by class name. */
    private static String className(String file) {
        String withoutExtension = file.replaceAll("\\.ya?ml$", "");
        return clean("scenarios." + withoutExtension.replace('/', '.'));
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    /** XML 1.0 cannot hold most control characters even escaped; a consultant's text should not break CI. */
    private static String clean(String text) {
        return text == null ? "" : text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]", "?");
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
