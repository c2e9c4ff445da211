package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.engine.Advisor;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.ParsedProfile;
import com.expressrouteadvisor.profile.ProfileParser;

import java.util.Locale;

/**
 * Runs scenario profiles through one advisor: the profile is parsed exactly as the CLI parses it (so a
 * scenario with a typo fails instead of testing an unknown field) and evaluated with explanations on.
 */
public final class Scenarios implements AutoCloseable {

    private final Advisor advisor;
    private final ProfileParser parser = new ProfileParser();

    Scenarios(Advisor advisor) {
        this.advisor = advisor;
    }

    public Advisor advisor() {
        return advisor;
    }

    public Outcome evaluate(ProfileBuilder profile) {
        return evaluate(profile, Locale.ENGLISH);
    }

    public Outcome evaluate(ProfileBuilder profile, Locale language) {
        ParsedProfile parsed = parse(profile);
        if (!parsed.isValid()) {
            throw new AssertionError("scenario profile is invalid: " + parsed.errors());
        }
        return new Outcome(advisor.evaluate(parsed.profile(), new EvaluationOptions(language, true)));
    }

    public ParsedProfile parse(ProfileBuilder profile) {
        return parser.parse(profile.json());
    }

    @Override
    public void close() {
        advisor.close();
    }
}
