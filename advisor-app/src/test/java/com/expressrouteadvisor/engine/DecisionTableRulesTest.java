package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.advice.Evaluation;
import com.expressrouteadvisor.reference.ReferenceData;
import com.expressrouteadvisor.support.TestAdvisors;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.expressrouteadvisor.support.Outcomes.topModel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Data-shaped knowledge written as a spreadsheet decision table in the rules folder is compiled with the
 * DRL, changes the advice, and a mistake in it is reported at its row, column and cell.
 */
class DecisionTableRulesTest {

    /** The example table of docs/authoring.md: a house preference between connectivity models. */
    static final Path EXAMPLE = Path.of("docs", "examples", "house-model-preference.drl.csv");

    private static final String EXCHANGE_AND_WAN = "{'id':'c','azureSubscription':true,'connectivity':{"
            + "'colocatedAtCloudExchange':true,'cloudExchangeProvider':'Equinix','hasMplsWan':true,'wanProvider':'KPN',"
            + "'peeringLocation':'Amsterdam','bandwidthMbps':1000},'routing':{'bgpCapable':true}}";

    @Test
    void aCsvDecisionTableChangesTheTopModel(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Files.copy(EXAMPLE, rules.resolve("house-model-preference.drl.csv"));

        assertTableMakesTheIpvpnComeFirst(rules);
    }

    @Test
    void anExcelDecisionTableChangesTheTopModel(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        writeWorkbook(rules.resolve("house-model-preference.drl.xlsx"), readCsv(EXAMPLE), "Preference");

        assertTableMakesTheIpvpnComeFirst(rules);
    }

    private static void assertTableMakesTheIpvpnComeFirst(Path rules) {
        try (Advisor original = TestAdvisors.repository();
             Advisor withTable = Advisor.builder().rules(rules).reference(TestAdvisors.REFERENCE).build()) {
            Evaluation before = original.evaluate(TestAdvisors.profile(EXCHANGE_AND_WAN));
            Evaluation after = withTable.evaluate(TestAdvisors.profile(EXCHANGE_AND_WAN));

            assertThat(topModel(before)).isEqualTo("CLOUD_EXCHANGE_COLOCATION");
            assertThat(topModel(after)).isEqualTo("ANY_TO_ANY_IPVPN");
            assertThat(after.recommendations().get(0).score()).isEqualTo(95);
            assertThat(after.recommendations().get(0).rule())
                    .isEqualTo("House policy: an MPLS customer at an exchange keeps Azure on its WAN");

            RuleInfo rule = withTable.ruleSet().rule("House policy: an MPLS customer at an exchange keeps Azure on its WAN");
            assertThat(rule.topic()).isEqualTo("house-model-preference");
            assertThat(rule.factIds()).containsExactly("MODEL-IPVPN", "MODEL-COLO");
            assertThat(rule.line()).as("the row of the rule's values").isEqualTo(10);
            assertThat(withTable.ruleSet().version()).isNotEqualTo(original.ruleSet().version());
        }
    }

    @Test
    void theLayerOfEachModelIsACellOfTheLayerTable(@TempDir Path temp) throws IOException {
        String rule = "A customer who runs BGP takes Layer 2 at the exchange";
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path table = rules.resolve("layer.drl.xlsx");
        int row;
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(table))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            row = rowNamed(sheet, rule);
            sheet.getRow(row).getCell(columnLabelled(sheet, "Offer at layer")).setCellValue("MANAGED_LAYER3");
            try (OutputStream out = Files.newOutputStream(table)) {
                workbook.write(out);
            }
        }
        String colocatedWithBgp = "{'id':'c','azureSubscription':true,'connectivity':{'colocatedAtCloudExchange':true,"
                + "'cloudExchangeProvider':'Equinix','peeringLocation':'Amsterdam','bandwidthMbps':1000},"
                + "'routing':{'bgpCapable':true}}";

        try (Advisor original = TestAdvisors.repository();
             Advisor changed = Advisor.builder().rules(rules).reference(TestAdvisors.REFERENCE).build()) {
            assertThat(original.evaluate(TestAdvisors.profile(colocatedWithBgp)).recommendations().get(0).layer().name())
                    .isEqualTo("LAYER2");
            assertThat(changed.evaluate(TestAdvisors.profile(colocatedWithBgp)).recommendations().get(0).layer().name())
                    .isEqualTo("MANAGED_LAYER3");

            RuleInfo info = original.ruleSet().rule(rule);
            assertThat(info.source()).isEqualTo("layer.drl.xlsx");
            assertThat(info.topic()).isEqualTo("layer");
            assertThat(info.line()).as("the row of the rule's values").isEqualTo(row + 1);
            assertThat(info.factIds()).containsExactly("MODEL-COLO", "L2-DUTIES");
        }
    }

    private static int rowNamed(XSSFSheet sheet, String ruleName) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(ruleName)) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no row for rule " + ruleName);
    }

    private static int columnLabelled(XSSFSheet sheet, String label) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().equals(label)) {
                    return cell.getColumnIndex();
                }
            }
        }
        throw new AssertionError("no column labelled " + label);
    }

    @Test
    void aWrongFieldInAValueRowIsReportedAtItsCell(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        List<List<String>> rows = readCsv(EXAMPLE);
        rows.get(9).set(4, "lots"); // E10: "Up to Mbps" of the first rule, not a number
        writeWorkbook(rules.resolve("preference.drl.xlsx"), rows, "Preference");

        assertThatThrownBy(() -> compile(rules)).isInstanceOfSatisfying(RuleSetInvalidException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo(rules.resolve("preference.drl.xlsx").toString());
                    assertThat(p.line()).isEqualTo(10);
                    assertThat(p.column()).isEqualTo(5);
                    assertThat(p.message()).startsWith("sheet 'Preference', cell E10: ").contains("lots");
                    assertThat(p.toString()).doesNotContainPattern("[Ll]ine:? ?\\d+[:,]");
                }));
    }

    @Test
    void anUnknownColumnTypeIsReportedByRowAndColumnInACsvTable(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        List<List<String>> rows = readCsv(EXAMPLE);
        rows.get(5).set(1, "WHATEVER"); // B6: not a column type
        writeCsv(rules.resolve("preference.drl.csv"), rows);

        assertThatThrownBy(() -> compile(rules)).isInstanceOfSatisfying(RuleSetInvalidException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.toString()).startsWith(rules.resolve("preference.drl.csv") + ":6:2: ");
                    assertThat(p.message()).contains("WHATEVER").contains("cell B6");
                }));
    }

    @Test
    void sheetsAfterTheFirstAreNamedInAWarningNotSilentlyDropped(@TempDir Path temp) throws IOException {
        Path rules = TestAdvisors.copy(TestAdvisors.RULES, temp.resolve("rules"));
        Path table = rules.resolve("preference.drl.xlsx");
        try (XSSFWorkbook workbook = workbook(readCsv(EXAMPLE), "Preference")) {
            workbook.createSheet("Drafts");
            try (OutputStream out = Files.newOutputStream(table)) {
                workbook.write(out);
            }
        }

        try (RuleSet ruleSet = compile(rules)) {
            assertThat(ruleSet.warnings()).anySatisfy(w -> assertThat(w.toString())
                    .contains("preference.drl.xlsx").contains("only the first sheet 'Preference' is read")
                    .contains("'Drafts'"));
        }
    }

    private static RuleSet compile(Path rules) {
        // The globals the advisor provides: whatever reference catalogs the rules of the repository use.
        return new RuleSetCompiler(ReferenceData.load(TestAdvisors.REFERENCE).globals().keySet()).compile(rules);
    }

    static List<List<String>> readCsv(Path file) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(file.toFile())) {
            return new java.util.ArrayList<>(it.readAll().stream().map(java.util.ArrayList::new)
                    .map(row -> (List<String>) row).toList());
        }
    }

    private static void writeCsv(Path file, List<List<String>> rows) throws IOException {
        new CsvMapper().writerFor(List.class).writeValues(file.toFile()).writeAll(rows).close();
    }

    static void writeWorkbook(Path file, List<List<String>> rows, String sheet) throws IOException {
        try (XSSFWorkbook workbook = workbook(rows, sheet); OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    private static XSSFWorkbook workbook(List<List<String>> rows, String name) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XSSFSheet sheet = workbook.createSheet(name);
        for (int r = 0; r < rows.size(); r++) {
            XSSFRow row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
                if (!rows.get(r).get(c).isEmpty()) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
        }
        return workbook;
    }
}
