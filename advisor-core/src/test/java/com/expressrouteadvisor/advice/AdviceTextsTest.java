package com.expressrouteadvisor.advice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Texts read as {@link MessageFormat} writes their patterns, except that a whole number shows its digits
 * ungrouped; arguments are placed without MessageFormat where a pattern only places them, so both are compared.
 */
class AdviceTextsTest {

    private static final Path REPOSITORY_RULES = Path.of("rules");
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    @Test
    void everyGapTextOfTheRuleBaseReadsAsMessageFormatWritesIt() throws IOException {
        AdviceTexts texts = AdviceTexts.load(REPOSITORY_RULES);
        List<Object> arguments = List.of("Amsterdam", 12500, "STANDARD", 3.5, "westeurope", "a ''quoted'' {word}");
        int compared = 0;
        for (String language : List.of("", "_nl")) {
            Locale locale = language.isEmpty() ? Locale.ENGLISH : DUTCH;
            Properties bundle = bundle(REPOSITORY_RULES.resolve("messages/advice" + language + ".properties"));
            for (String key : bundle.stringPropertyNames()) {
                MessageFormat reference = new MessageFormat(bundle.getProperty(key), locale);
                if (!key.startsWith("gap.") || !key.endsWith(".message") && !key.endsWith(".remediation")
                        || Arrays.stream(reference.getFormatsByArgumentIndex()).anyMatch(Objects::nonNull)) {
                    continue;
                }
                String code = key.substring("gap.".length(), key.lastIndexOf('.'));
                String text = key.endsWith(".message") ? texts.gapMessage(code, arguments, locale)
                        : texts.gapRemediation(code, arguments, locale);
                assertThat(text).as(key + " in " + locale)
                        .isEqualTo(reference.format(new Object[] {"Amsterdam", "12500", "STANDARD", 3.5, "westeurope",
                                "a ''quoted'' {word}"}));
                compared++;
            }
        }
        assertThat(compared).as("gap texts compared").isGreaterThan(100);
    }

    @Test
    void quotesNumbersPhrasesAndMissingArgumentsAreWrittenAsTheBundleMeansThem(@TempDir Path rules)
            throws IOException {
        Path messages = Files.createDirectories(rules.resolve(AdviceTexts.FOLDER));
        Files.writeString(messages.resolve("advice.properties"), """
                gap.QUOTED.message=The customer''s '{0}' is {0}; {1} prefixes, {2} Gbps, {3}.
                gap.QUOTED.remediation=Plan {0}
                gap.CHOICE.message={0,choice,0#no circuits|1#one circuit|1<{0,number,integer} circuits} for {1}
                phrase.region=region {0}
                """);
        Files.writeString(messages.resolve("advice_nl.properties"), """
                gap.QUOTED.message=De ''{0}'' van de klant is {0}; {1} prefixen, {2} Gbps, {3}.
                phrase.region=regio {0}
                """);
        AdviceTexts texts = AdviceTexts.load(rules);
        List<Object> arguments = List.of("ASN", 12500, 2.5);

        assertThat(texts.gapMessage("QUOTED", arguments, Locale.ENGLISH))
                .isEqualTo("The customer's {0} is ASN; 12500 prefixes, 2.5 Gbps, {3}.");
        assertThat(texts.gapMessage("QUOTED", arguments, DUTCH))
                .isEqualTo("De 'ASN' van de klant is ASN; 12500 prefixen, 2,5 Gbps, {3}.");
        assertThat(texts.gapRemediation("QUOTED", List.of(new Phrase("region", "westeurope")), DUTCH))
                .as("English pattern, Dutch phrase").isEqualTo("Plan regio westeurope");
        assertThat(texts.gapMessage("CHOICE", List.of(1250, "Amsterdam"), Locale.ENGLISH))
                .isEqualTo("1,250 circuits for Amsterdam");
        assertThat(texts.gapMessage("CHOICE", List.of(1, "Amsterdam"), Locale.ENGLISH))
                .isEqualTo("one circuit for Amsterdam");
        assertThat(texts.gapMessage("NOT_IN_ANY_BUNDLE", arguments, Locale.ENGLISH)).isEqualTo("NOT_IN_ANY_BUNDLE");
        assertThat(texts.gapRemediation("NOT_IN_ANY_BUNDLE", arguments, Locale.ENGLISH)).isEmpty();
    }

    private static Properties bundle(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
