package com.expressrouteadvisor.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Maven project version, filtered into {@code build.properties} at build time: the same in the jar, in
 * {@code target/classes} and in tests, where a manifest's Implementation-Version is not there.
 */
final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "/com/expressrouteadvisor/build.properties";

    @Override
    public String[] getVersion() {
        return new String[]{"ExpressRoute Advisor " + version()};
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
