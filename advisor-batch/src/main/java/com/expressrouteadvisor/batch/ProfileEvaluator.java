package com.expressrouteadvisor.batch;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.engine.EvaluationOptions;
import com.expressrouteadvisor.profile.CustomerProfile;

/**
 * What a portfolio run calls for each valid profile; {@code Advisor::evaluate} in the product. Must be safe
 * to call from several threads at once.
 */
@FunctionalInterface
public interface ProfileEvaluator {

    /** @throws com.expressrouteadvisor.engine.EvaluationException when the rules fail for this customer */
    Evaluation evaluate(CustomerProfile profile, EvaluationOptions options);
}
