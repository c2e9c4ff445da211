package com.expressrouteadvisor.engine;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.RuleSheetParserUtil;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.template.parser.DataListener;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spreadsheet decision table ({@code .drl.xlsx}, {@code .drl.xls}, {@code .drl.csv}) turned into the DRL that
 * Drools compiles, with the way back: a line of that DRL maps to the sheet and cell the consultant wrote.
 * drools-decisiontables generates the DRL; every cell is recorded on the way so problems can name a cell.
 */
final class DecisionTableSource implements SourceMap {

    /** drools-decisiontables writes this comment above every rule it generates. */
    private static final Pattern RULE_VALUES = Pattern.compile("^// rule values at ([A-Z]+)(\\d+), header at ([A-Z]+)(\\d+)");
    private static final Pattern SETTINGS = Pattern.compile("(?i)(RuleSet|Import|Variables|Functions|Queries|Declare)\\b.*");
    private static final Pattern QUOTED_NAME = Pattern.compile("'([\\w.$]+\\.[\\w$]+)'");
    private static final Pattern CELL = Pattern.compile("\\bcell ([A-Z]{1,3})(\\d+)\\b");
    /** A name an author's message quotes, such as {@code unknown name 'ANY_TO_ANY_IPVPM'}. */
    private static final Pattern QUOTED_WORD = Pattern.compile("'([^'\\s]+)'");

    /** One non-empty cell: 1-based row and column, as a spreadsheet shows them. */
    record Cell(String sheet, int row, int column, String value) {
        String name() {
            return RuleSheetParserUtil.rc2name(row - 1, column - 1);
        }
    }

    /** Where one generated rule came from: the row of its values and the row of its table's header. */
    private record GeneratedRule(int drlLine, String sheet, int valuesRow, int headerRow) {
    }

    private final String drl;
    private final List<Cell> cells;
    private final List<GeneratedRule> rules;
    private final boolean csv;
    private final List<RuleProblem> warnings;

    private DecisionTableSource(String drl, List<Cell> cells, List<GeneratedRule> rules, boolean csv,
                                List<RuleProblem> warnings) {
        this.drl = drl;
        this.cells = cells;
        this.rules = rules;
        this.csv = csv;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Converts one decision table.
     *
     * @throws RuleSetInvalidException when the spreadsheet is not a valid decision table, located at its cell
     */
    static DecisionTableSource convert(RuleFiles.RuleFile file, String displayName) {
        CellRecorder recorder = new CellRecorder();
        DefaultRuleSheetListener listener = new DefaultRuleSheetListener(true, true);
        boolean csv = file.relative().toLowerCase(Locale.ROOT).endsWith(".csv");
        List<RuleProblem> warnings = new ArrayList<>();
        String drl;
        try {
            if (csv) {
                recorder.startSheet("");
                InputType.CSV.createParser(List.of(listener, recorder)).parseFile(new ByteArrayInputStream(file.content()));
            } else {
                try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file.content()))) {
                    // Like Drools, read the first worksheet only; say so rather than drop the others silently.
                    recorder.startSheet(workbook.getSheetName(0));
                    if (workbook.getNumberOfSheets() > 1) {
                        List<String> ignored = new ArrayList<>();
                        for (int i = 1; i < workbook.getNumberOfSheets(); i++) {
                            ignored.add("'" + workbook.getSheetName(i) + "'");
                        }
                        warnings.add(RuleProblem.warning(displayName, 0, 0, "only the first sheet '"
                                + workbook.getSheetName(0) + "' is read; sheet(s) " + String.join(", ", ignored)
                                + " are ignored: move their tables to the first sheet or to a file of their own"));
                    }
                    new ExcelParser(List.of(listener, recorder)).parseWorkbook(workbook);
                }
            }
            drl = new SpreadsheetCompiler().listenerToString(listener);
        } catch (IOException | RuntimeException e) {
            throw new RuleSetInvalidException(List.of(conversionProblem(e, recorder, displayName, csv)));
        }
        return new DecisionTableSource(drl, List.copyOf(recorder.cells), generatedRules(drl, recorder), csv,
                warnings);
    }

    /** Things the consultant should know that do not stop the table from working. */
    List<RuleProblem> warnings() {
        return warnings;
    }

    String drl() {
        return drl;
    }

    @Override
    public Location locate(int line, int column) {
        GeneratedRule rule = ruleAt(line);
        String text = drlLine(line);
        if (rule == null) {
            return settingsCell(text);
        }
        Cell best = null;
        for (Cell cell : cells) {
            boolean inRule = cell.sheet().equals(rule.sheet()) && (cell.row() == rule.valuesRow()
                    || (cell.row() > rule.headerRow() && cell.row() <= rule.headerRow() + 4));
            String value = cell.value().trim();
            if (inRule && !value.isEmpty() && text.contains(value)
                    && (best == null || preferred(cell, best, rule))) {
                best = cell;
            }
        }
        if (best == null) {
            best = new Cell(rule.sheet(), rule.valuesRow(), 1, "");
        }
        return at(best, where(best, csv));
    }

    @Override
    public Location locate(int line, int column, String message) {
        Matcher quoted = QUOTED_NAME.matcher(message);
        while (quoted.find()) {
            String name = quoted.group(1);
            for (Cell cell : cells) {
                if ((rules.isEmpty() || cell.row() < rules.get(0).headerRow()) && cell.value().contains(name)) {
                    return at(cell, where(cell, csv)); // an import or global named in the settings above the tables
                }
            }
        }
        Location named = namedCell(line, message);
        return named != null ? named : locate(line, column);
    }

    /**
     * The cell of the rule that holds the name a message quotes — the rule's own values first, then its table's
     * header — as Drools reports an action's mistake at the rule, not at the cell it came from.
     */
    private Location namedCell(int line, String message) {
        GeneratedRule rule = ruleAt(line);
        if (rule == null) {
            return null;
        }
        Matcher quoted = QUOTED_WORD.matcher(message);
        while (quoted.find()) {
            String word = quoted.group(1);
            Cell header = null;
            for (Cell cell : cells) {
                if (!cell.sheet().equals(rule.sheet()) || !cell.value().contains(word)) {
                    continue;
                }
                if (cell.row() == rule.valuesRow()) {
                    return at(cell, where(cell, csv));
                }
                if (header == null && cell.row() > rule.headerRow() && cell.row() <= rule.headerRow() + 4) {
                    header = cell;
                }
            }
            if (header != null) {
                return at(header, where(header, csv));
            }
        }
        return null;
    }

    /**
     * The lines before the first rule come from the settings above the tables (RuleSet, Import, Variables):
     * the cell that holds the line's class or global, else the first setting.
     */
    private Location settingsCell(String drlLine) {
        int firstRule = rules.isEmpty() ? Integer.MAX_VALUE : rules.get(0).headerRow();
        String declared = drlLine.replaceFirst("^\\s*(import|global|package)\\s+", "").replaceFirst(";\\s*$", "").trim();
        Cell found = null;
        for (Cell cell : cells) {
            if (cell.row() >= firstRule) {
                continue;
            }
            if (!declared.isEmpty() && cell.value().contains(declared)) {
                found = cell;
                break;
            }
            if (found == null && SETTINGS.matcher(cell.value().trim()).matches()) {
                found = cell;
            }
        }
        return found == null ? new Location(0, 0, null) : at(found, where(found, csv));
    }

    /** How a cell is named in a message: a CSV file has no sheets. */
    private static String where(Cell cell, boolean csv) {
        return csv ? "cell " + cell.name() : "sheet '" + cell.sheet() + "', cell " + cell.name();
    }

    /** A value cell of the rule's own row beats a cell of the table's header; then the longest text wins. */
    private static boolean preferred(Cell candidate, Cell current, GeneratedRule rule) {
        boolean candidateIsValue = candidate.row() == rule.valuesRow();
        boolean currentIsValue = current.row() == rule.valuesRow();
        if (candidateIsValue != currentIsValue) {
            return candidateIsValue;
        }
        return candidate.value().trim().length() > current.value().trim().length();
    }

    @Override
    public String cleanMessage(String message) {
        // Line numbers inside the generated DRL mean nothing to the author of the spreadsheet.
        return GENERATED_POSITION.matcher(message).replaceAll(" ").trim();
    }

    @Override
    public int lineOfRule(String ruleName) {
        String[] lines = drl.split("\n", -1);
        for (GeneratedRule rule : rules) {
            int next = rule.drlLine(); // the comment line; the rule declaration follows it
            if (next < lines.length && lines[next].trim().equals("rule \"" + ruleName + "\"")) {
                return rule.valuesRow();
            }
        }
        return 0;
    }

    private GeneratedRule ruleAt(int line) {
        GeneratedRule found = null;
        for (GeneratedRule rule : rules) {
            if (rule.drlLine() <= line) {
                found = rule;
            }
        }
        return found;
    }

    private String drlLine(int line) {
        String[] lines = drl.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    private static Location at(Cell cell, String where) {
        return new Location(cell.row(), cell.column(), where);
    }

    private static List<GeneratedRule> generatedRules(String drl, CellRecorder recorder) {
        List<GeneratedRule> rules = new ArrayList<>();
        String[] lines = drl.split("\n", -1);
        List<Cell> tableHeaders = recorder.cells.stream()
                .filter(c -> c.value().trim().toLowerCase(Locale.ROOT).startsWith("ruletable")).toList();
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_VALUES.matcher(lines[i]);
            if (m.find()) {
                int valuesRow = Integer.parseInt(m.group(2));
                int headerRow = Integer.parseInt(m.group(4));
                // The comment does not name the sheet; the table header it names does, in parse order.
                String sheet = tableHeaders.stream().filter(c -> c.row() == headerRow).map(Cell::sheet)
                        .findFirst().orElse(recorder.firstSheet);
                rules.add(new GeneratedRule(i + 1, sheet, valuesRow, headerRow));
            }
        }
        rules.sort(Comparator.comparingInt(GeneratedRule::drlLine));
        return List.copyOf(rules);
    }

    private static RuleProblem conversionProblem(Exception e, CellRecorder recorder, String displayName,
                                                 boolean csv) {
        String message = e.getMessage() != null ? e.getMessage().replaceAll("\\s*[\\r\\n]+\\s*", " ").trim()
                : e.getClass().getSimpleName();
        Matcher m = CELL.matcher(message);
        if (m.find()) {
            int row = Integer.parseInt(m.group(2));
            int column = columnNumber(m.group(1));
            return RuleProblem.error(displayName, row, column,
                    csv ? message : "sheet '" + recorder.currentSheet + "', " + message);
        }
        if (recorder.lastCell != null) {
            Cell last = recorder.lastCell;
            return RuleProblem.error(displayName, last.row(), last.column(), "near " + where(last, csv)
                    + ": not a valid decision table: " + message);
        }
        return RuleProblem.error(displayName, 0, 0, "not a valid decision table: " + message);
    }

    /** A, B … Z, AA … as 1, 2 … 26, 27 …. */
    static int columnNumber(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n;
    }

    /** Listens beside Drools' own listener and keeps every cell with its sheet. */
    private static final class CellRecorder implements DataListener {
        private final List<Cell> cells = new ArrayList<>();
        private String currentSheet = "";
        private String firstSheet;
        private Cell lastCell;

        @Override
        public void startSheet(String name) {
            // Drools announces sheets without their names; the name given before parsing stays.
            if (name != null && !name.isEmpty()) {
                currentSheet = name;
            }
            if (firstSheet == null) {
                firstSheet = currentSheet;
            }
        }

        @Override
        public void finishSheet() {
            // nothing to do: cells carry their sheet
        }

        @Override
        public void newRow(int rowNumber, int columns) {
            // rows are known from their cells
        }

        @Override
        public void newCell(int row, int column, String value, int mergedColStart) {
            if (value != null && !value.isBlank()) {
                lastCell = new Cell(currentSheet, row + 1, column + 1, value);
                cells.add(lastCell);
            }
        }
    }
}
