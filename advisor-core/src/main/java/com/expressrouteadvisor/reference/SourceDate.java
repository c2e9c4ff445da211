package com.expressrouteadvisor.reference;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The {@code ms.date} of a source article as the fact sheet gives it: a day ({@code 2026-03-12}), or only a month
 * ({@code 2016-10}) or a year ({@code 2022}) where that is all the sheet records. The text is kept as written.
 */
public record SourceDate(String text) implements Comparable<SourceDate> {

    public SourceDate {
        start(text); // refuses what is no date
    }

    /** @throws IllegalArgumentException naming the text when it is not YYYY, YYYY-MM or YYYY-MM-DD */
    public static SourceDate parse(String text) {
        return new SourceDate(text.strip());
    }

    /** The first day the date can mean: the day itself, the first of the month or of the year. */
    public LocalDate start() {
        return start(text);
    }

    @Override
    public int compareTo(SourceDate other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return text;
    }

    private static LocalDate start(String text) {
        try {
            return switch (text.length()) {
                case 4 -> Year.parse(text).atDay(1);
                case 7 -> YearMonth.parse(text).atDay(1);
                case 10 -> LocalDate.parse(text);
                default -> throw new IllegalArgumentException("'" + text + "' is no date: write YYYY-MM-DD "
                        + "(or YYYY-MM, YYYY when the source gives no more)");
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is no date: write YYYY-MM-DD (or YYYY-MM, YYYY when "
                    + "the source gives no more)", e);
        }
    }
}
