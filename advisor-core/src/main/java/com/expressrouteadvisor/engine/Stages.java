package com.expressrouteadvisor.engine;

import java.util.List;

/**
 * The order in which rules fire. Rules without an agenda group ({@code MAIN}) read the customer's facts
 * and conclude; rules in group {@code ruleflow-group "review"} look at those conclusions as a whole — with
 * {@code not}, {@code exists} or {@code accumulate} over advice — and so must wait until every MAIN rule
 * has fired. The review stage also concludes the {@code PlannedPath} (the best-ranked recommendation); rules that
 * check prerequisites against it join on it in the same stage, which is safe because they match it positively.
 * Rules in group {@code ruleflow-group "verdict"} come last: they judge the review's conclusions too — the
 * questions asked there — as "no model fits the known facts" does, which must not fire while a question that
 * decides the model is still to be asked.
 * Rules in group {@code ruleflow-group "remedy"} propose changes for the gaps found ({@code Remedy} facts); they
 * fire only when a plan is asked for, after the verdict, so plain evaluations neither pay for them nor change.
 */
public final class Stages {

    public static final String MAIN = "MAIN";
    public static final String REVIEW = "review";
    public static final String VERDICT = "verdict";
    public static final String REMEDY = "remedy";
    public static final List<String> ORDER = List.of(MAIN, REVIEW, VERDICT);
    /** The stages of an evaluation for the planner: the plain ones, then the remedies. */
    public static final List<String> WITH_REMEDIES = List.of(MAIN, REVIEW, VERDICT, REMEDY);

    private Stages() {
    }
}
