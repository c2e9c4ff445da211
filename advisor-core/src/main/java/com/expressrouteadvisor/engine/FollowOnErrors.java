package com.expressrouteadvisor.engine;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools reports one mistake many times: a .dslr line no sentence matches also fails to parse, and the lines
 * after it in the rule fail too; a bad import fails every rule that shares its package. Only the first cause is
 * kept, once, on the author's line; the rest repeat it in a form a consultant cannot act on.
 */
final class FollowOnErrors {

    static final String ERROR_IMPORTING = "Error importing : '";
    private static final Pattern BAD_IMPORT = Pattern.compile(ERROR_IMPORTING + "([^']+)'");
    static final String IMPORT_FOLLOW_ON = "Only a type can be imported. ";

    private FollowOnErrors() {
    }

    static List<RuleProblem> without(List<RuleProblem> problems) {
        // A sentence that does not expand leaves the parser DRL it cannot read: in that file, the sentence is
        // the cause of every other complaint until it is fixed.
        Set<String> unexpanded = new HashSet<>();
        problems.stream().filter(p -> p.message().startsWith(DroolsMessages.NO_SENTENCE))
                .forEach(p -> unexpanded.add(p.file()));
        // Imports belong to the package, so one bad import breaks every rule of it, in every file, and the
        // package's DRL functions, which Drools compiles as classes and imports by themselves.
        Set<String> badImports = new HashSet<>();
        for (RuleProblem problem : problems) {
            Matcher m = BAD_IMPORT.matcher(problem.message());
            if (m.find() && !isFunctionImport(m.group(1))) {
                badImports.add(m.group(1));
            }
        }
        // Drools' "null Package" only repeats that the parser failed; the parser's errors say where and why.
        Set<String> withParserErrors = new HashSet<>();
        problems.stream().filter(p -> !nothingToRead(p)).forEach(p -> withParserErrors.add(p.file()));
        Set<String> seen = new HashSet<>();
        return problems.stream()
                .filter(p -> !nothingToRead(p) || !withParserErrors.contains(p.file()))
                .filter(p -> p.message().startsWith(DroolsMessages.NO_SENTENCE) || !unexpanded.contains(p.file()))
                .filter(p -> badImports.stream().noneMatch(c -> p.message().contains(IMPORT_FOLLOW_ON + c)))
                .filter(p -> badImports.isEmpty() || !isFunctionImportError(p))
                // MVEL and Drools can each report the same mistake; once is enough.
                .filter(p -> seen.add(p.file() + ':' + p.line() + ':' + p.message()))
                .sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)
                        .thenComparingInt(RuleProblem::column))
                .toList();
    }

    private static boolean nothingToRead(RuleProblem problem) {
        return problem.message().endsWith(DroolsMessages.NOTHING_TO_READ);
    }

    /** {@code expressroute.SitePoints.sitePoints}: how Drools imports the DRL function {@code sitePoints}. */
    private static boolean isFunctionImport(String name) {
        String[] parts = name.split("\\.");
        if (parts.length < 2) {
            return false;
        }
        String function = parts[parts.length - 1];
        String holder = parts[parts.length - 2];
        return !function.isEmpty() && holder.equals(Character.toUpperCase(function.charAt(0)) + function.substring(1));
    }

    private static boolean isFunctionImportError(RuleProblem problem) {
        Matcher m = BAD_IMPORT.matcher(problem.message());
        return m.find() && isFunctionImport(m.group(1));
    }
}
