package com.expressrouteadvisor.advice;

/** How serious a gap is; the order is from most to least serious. */
public enum Severity {
    BLOCKER,
    WARNING,
    INFO
}
