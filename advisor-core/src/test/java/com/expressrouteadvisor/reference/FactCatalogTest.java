package com.expressrouteadvisor.reference;

import com.expressrouteadvisor.advice.GapCatalog;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The domain fact catalog facts/expressroute-facts.csv: well formed, and malformed files refused by row. */
class FactCatalogTest {

    private static final Path COMMITTED = Path.of("facts", FactCatalog.FILE);
    private static final String HEADER = "id,fact,source,ms_date\n";

    @Test
    void everyRowOfTheCommittedCatalogHasAllFourColumnsFilled() throws IOException {
        List<String[]> rows = rawRows(COMMITTED);

        assertThat(rows.get(0)).containsExactly("id", "fact", "source", "ms_date");
        assertThat(rows.subList(1, rows.size())).isNotEmpty().allSatisfy(row -> {
            assertThat(row).as(String.join(",", row)).hasSize(4);
            assertThat(row).as(String.join(",", row)).allSatisfy(cell -> assertThat(cell).isNotBlank());
        });
    }

    @Test
    void theCommittedCatalogHasUniqueIdsDatedSourcesAndTheProjectsOwnWording() throws IOException {
        FactCatalog catalog = FactCatalog.load(COMMITTED);
        Set<String> ids = new HashSet<>();
        rawRows(COMMITTED).stream().skip(1).forEach(row -> assertThat(ids.add(row[0])).as("duplicate " + row[0]).isTrue());

        assertThat(catalog.size()).isEqualTo(ids.size());
        assertThat(catalog.all()).allSatisfy(fact -> {
            assertThat(fact.id()).matches("[A-Z0-9]+(-[A-Z0-9]+)*");
            assertThat(fact.sources()).as(fact.id()).isNotEmpty().allSatisfy(source -> {
                assertThat(source.page()).as(fact.id())
                        .matches("articles/expressroute/[a-z0-9-]+\\.md|https://learn\\.microsoft\\.com/\\S+");
                assertThat(source.date().start()).as(fact.id())
                        .isAfter(LocalDate.of(2014, 1, 1)).isBefore(LocalDate.now().plusDays(1));
            });
        });
    }

    @Test
    void everyFactIdTheGapCatalogCitesIsInTheFactCatalog() {
        FactCatalog catalog = FactCatalog.load(COMMITTED);
        Set<String> cited = new HashSet<>();
        GapCatalog.load(Path.of("rules")).entries().values().forEach(entry -> cited.addAll(entry.factIds()));

        assertThat(cited).isNotEmpty();
        assertThat(catalog.ids()).containsAll(cited);
    }

    @Test
    void everyFactIdTheReferenceDataCitesIsInTheFactCatalog() {
        FactCatalog catalog = FactCatalog.load(COMMITTED);
        Set<String> cited = new HashSet<>();
        for (String file : ReferenceData.FILES) {
            CsvTable.read(Path.of("facts", "reference", file))
                    .forEach(row -> cited.addAll(CsvTable.list(row.get("fact_ids"))));
        }

        assertThat(cited).isNotEmpty();
        assertThat(catalog.ids()).containsAll(cited);
    }

    @Test
    void findsAFactWithItsSourcesInOrder(@TempDir Path temp) throws IOException {
        Path csv = write(temp, HEADER + "HOUSE-ONE,\"One fact, with a comma.\",articles/expressroute/a.md; "
                + "https://learn.microsoft.com/b,2026-03-12; 2016-10\n");

        Fact fact = FactCatalog.load(csv).find("HOUSE-ONE").orElseThrow();

        assertThat(fact.text()).isEqualTo("One fact, with a comma.");
        assertThat(fact.sources()).containsExactly(
                new FactSource("articles/expressroute/a.md", new SourceDate("2026-03-12")),
                new FactSource("https://learn.microsoft.com/b", new SourceDate("2016-10")));
        assertThat(fact.sources().get(1).date().start()).isEqualTo(LocalDate.of(2016, 10, 1));
    }

    @Test
    void refusesADuplicateIdNamingItsRow(@TempDir Path temp) throws IOException {
        Path csv = write(temp, HEADER + "A-ONE,x,p.md,2020\nA-ONE,y,q.md,2021\n");

        assertThatThrownBy(() -> FactCatalog.load(csv)).isInstanceOf(ReferenceDataException.class)
                .hasMessage(csv + ": row 3: fact ID A-ONE appears twice");
    }

    @Test
    void refusesAnEmptyColumn(@TempDir Path temp) throws IOException {
        Path csv = write(temp, HEADER + "A-ONE,x,p.md,2020\nA-TWO,y,q.md\n");

        assertThatThrownBy(() -> FactCatalog.load(csv)).isInstanceOf(ReferenceDataException.class)
                .hasMessage(csv + ": row 3: column ms_date is empty");
    }

    @Test
    void refusesADateThatIsNoDate(@TempDir Path temp) throws IOException {
        Path csv = write(temp, HEADER + "A-ONE,x,p.md,2020-13-01\n");

        assertThatThrownBy(() -> FactCatalog.load(csv)).isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith(csv + ": row 2 (A-ONE): ms_date of p.md: '2020-13-01' is no date");
    }

    @Test
    void refusesSourcesWithoutADateEach(@TempDir Path temp) throws IOException {
        Path csv = write(temp, HEADER + "A-ONE,x,p.md; q.md,2020-01-01\n");

        assertThatThrownBy(() -> FactCatalog.load(csv)).isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith(csv + ": row 2 (A-ONE): 2 sources but 1 dates");
    }

    @Test
    void refusesAnIdThatIsNotCapitalsAndDashes(@TempDir Path temp) throws IOException {
        Path csv = write(temp, HEADER + "route ebgp,x,p.md,2020\n");

        assertThatThrownBy(() -> FactCatalog.load(csv)).isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith(csv + ": row 2: fact ID 'route ebgp' is not of the form");
    }

    private static Path write(Path folder, String text) throws IOException {
        return Files.writeString(folder.resolve(FactCatalog.FILE), text, StandardCharsets.UTF_8);
    }

    private static List<String[]> rawRows(Path csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(csv.toFile())) {
            return rows.readAll();
        }
    }
}
