package com.expressrouteadvisor.authoring;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The rule vocabulary as Markdown, for docs/rule-vocabulary.md: the guide's prose around the tables generated from
 * the code. The same code always gives the same bytes, with '\n' line ends on every platform.
 */
public final class MarkdownVocabulary {

    public static final String REFRESH = "java -jar target/expressroute-advisor.jar rules docs --vocabulary "
            + "--out docs/rule-vocabulary.md";

    public String render(RuleVocabulary vocabulary) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            write(vocabulary, out);
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private void write(RuleVocabulary vocabulary, PrintWriter out) {
        out.print("""
                # The rule vocabulary

                > Generated from the code (the `Customer` fact, the globals, the conclusion types) and the meanings in
                > `advisor-app/src/main/resources/com/expressrouteadvisor/authoring/%s`: do not edit by hand. After adding a
                > Customer field, a global, a method or a conclusion type, give it its meaning there and regenerate:
                > `%s`

                What a rule author can read and write in a `.drl` file under `rules/` (and, through the sentences of
                `expressroute.dsl` and the cells of a decision table, in `.dslr` files and spreadsheets).

                ## The customer: `Customer( … )`

                One fact per evaluation: the profile of CONTRACT §3 flattened, so a rule never walks a missing section.
                A field the profile leaves out is `null`, which means **unknown**: `bgpCapable == false` does not match an
                unknown value, `bgpCapable == null` does. Ask a question (`insert(new Question("routing.bgpCapable"))`)
                when an unknown value would change the advice.

                | field in `Customer` | profile path (used in questions) | type | meaning |
                | --- | --- | --- | --- |
                """.formatted(RuleVocabulary.DESCRIPTIONS, REFRESH));
        for (RuleVocabulary.CustomerField field : vocabulary.fields()) {
            out.printf("| `%s` | %s | %s | %s |%n", field.name(),
                    field.path() == null ? "**no path**" : "`" + field.path() + "`", cell(field.type()),
                    meaning(field.meaning()));
        }
        out.print("""

                ## What a rule concludes

                A consequence inserts one of these; a review rule (see Stages) may match them in its conditions by the
                fields shown.

                | insert | fields | meaning |
                | --- | --- | --- |
                """);
        for (RuleVocabulary.Conclusion conclusion : vocabulary.conclusions()) {
            out.printf("| %s | %s | %s |%n",
                    String.join("<br>", conclusion.constructors().stream().map(c -> "`" + cell(c) + "`").toList()),
                    String.join(", ", conclusion.fields().stream().map(f -> "`" + f + "`").toList()),
                    meaning(conclusion.meaning()));
        }
        out.print("""

                The rule that inserted a conclusion is recorded automatically: results name it, and `explain` shows the
                chain of rules with their fact IDs.

                To match a conclusion in a condition, write the class in full (`not com.expressrouteadvisor.advice.Gap(
                code == "NAT_REQUIRED" )`): Drools 10 does not resolve the short name in a pattern even when it is
                imported.

                ## Metadata every rule carries

                `@factId("ID, ID")` — the facts the rule rests on, by their IDs in the fact catalog
                `facts/expressroute-facts.csv` (required; `advisor rules validate` warns about an ID the catalog does
                not hold, and [rule-catalog.md](rule-catalog.md#facts) shows each fact's text); `@gap("CODE")` or
                `@model("MODEL")` — what it concludes.

                ## Stages

                Rules without a group fire first. Rules that judge the conclusions as a whole — with `not`, `exists` or
                `accumulate` over recommendations, gaps or questions — belong in `ruleflow-group "review"`, which fires
                after every other rule has finished; otherwise they could fire before what they look for exists.

                ## Reference data: globals

                The catalogs of `facts/reference` are globals. Declare the ones a file uses with the name below, e.g.
                `global com.expressrouteadvisor.reference.PeeringLocationCatalog locations;`, and call their methods in
                conditions: `Customer( peeringLocation != null, !locations.isKnown(peeringLocation) )`. Names of
                locations, providers and regions match regardless of case, spacing and accents.
                """);
        for (RuleVocabulary.Global global : vocabulary.globals()) {
            out.println();
            out.printf("### `%s`: `%s`%n", global.name(), global.type());
            out.println();
            out.println(meaning(global.meaning()));
            out.println();
            out.println("| method | what it does |");
            out.println("| --- | --- |");
            for (RuleVocabulary.Operation method : global.methods()) {
                out.printf("| `%s` | %s |%n", cell(method.signature()), meaning(method.meaning()));
            }
        }
    }

    private static String meaning(String meaning) {
        return meaning == null ? "**no description: add it to " + RuleVocabulary.DESCRIPTIONS + "**" : cell(meaning);
    }

    private static String cell(String value) {
        return value.replace("|", "\\|");
    }
}
