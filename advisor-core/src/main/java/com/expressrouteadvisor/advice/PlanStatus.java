package com.expressrouteadvisor.advice;

/** How a plan search ended. */
public enum PlanStatus {
    /** The changes lead to READY, or to the best readiness any allowed set of changes reaches. */
    PLAN_FOUND,
    /** No change the remedies propose improves the readiness. */
    NO_PLAN,
    /** The customer is READY as it is. */
    ALREADY_READY,
    /** Open questions decide the model or layer: they must be answered before a plan can reach readiness. */
    NEEDS_ANSWERS,
    /** The search stopped at its evaluation bound before it reached READY; the best plan so far is listed. */
    SEARCH_BOUND_REACHED
}
