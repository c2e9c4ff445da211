package com.expressrouteadvisor.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar's manifest, so it is never out of step with the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = AdvisorCommand.class.getPackage().getImplementationVersion();
        return new String[]{"ExpressRoute Advisor " + (version != null ? version : "(development build)")};
    }
}
