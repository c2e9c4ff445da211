package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.engine.RuleInfo;

import java.util.Comparator;

/** The rules in the order a consultant reads them: by file, then by line. */
final class RuleOrder {

    static final Comparator<RuleInfo> BY_FILE_AND_LINE = Comparator.comparing(RuleInfo::source)
            .thenComparingInt(RuleInfo::line).thenComparing(RuleInfo::name);

    private RuleOrder() {
    }
}
