package com.expressrouteadvisor.engine;

import org.kie.api.builder.Message;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drools' build messages in a rule author's words, at the place in the author's own file. This is the one class
 * that knows the wording of Drools', MVEL's and the Java compiler's messages: each pattern below is covered by a
 * test that compiles a rule with that mistake, so a Drools upgrade that rewords a message fails a test, not a
 * consultant. A message no pattern knows is passed on as Drools wrote it, on one line.
 */
final class DroolsMessages {

    /** "line 12:4" of the DRL parser, 0-based column. */
    static final Pattern LINE_COLUMN = Pattern.compile("\\[?\\s*[Ll]ine\\s+(\\d+):(\\d+)");
    /** The DSL expander: a .dslr line no sentence of the .dsl matches. */
    static final Pattern UNABLE_TO_EXPAND = Pattern.compile(
            "^(?:\\[(\\d+)\\]\\s*)?(?:Unable to expand|No mapping entries for expanding):\\s*(.*)$");
    /** MVEL: a field or method a constraint names that its class does not have. */
    static final Pattern UNRESOLVED_METHOD = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\[Error: "
            + "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(([^)]*)\\)\\]");
    /** MVEL quotes the expression it could not analyse; the first line holding it is where it is written. */
    static final Pattern ANALYSE_EXPRESSION = Pattern.compile("Unable to Analyse Expression (.+?):\\s*\\[");
    /** A pattern whose type is no imported class. */
    static final Pattern UNKNOWN_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");
    /** The Java compiler, in a rule's 'then' part: a method the object does not have. */
    static final Pattern JAVA_UNDEFINED_METHOD = Pattern.compile(
            "The method (\\w+)\\(([^)]*)\\) is undefined for the type (\\w+)");
    /** The Java compiler: {@code Type.NAME} where the type has no such constant. */
    static final Pattern JAVA_NOT_A_FIELD = Pattern.compile("(\\w+) cannot be resolved or is not a field");
    /** The Java compiler: a name that is no variable bound by the rule, global or class. */
    static final Pattern JAVA_UNRESOLVED = Pattern.compile("(\\w+) cannot be resolved(?: to a variable)?$");
    /** The Java compiler: a word too many. */
    static final Pattern JAVA_DELETE_TOKEN = Pattern.compile("Syntax error on token \"([^\"]+)\", delete this token");
    /** The class Drools generates for a rule's action, named after the rule. */
    static final String GENERATED_RULE_CLASS = "Rule_";
    /** Drools puts this before every Java compiler message of a rule's 'then' part. */
    static final String JAVA_PREFIX = "Rule Compilation error ";
    /** A parser message: its code and generated position, then what it says. */
    static final Pattern PARSER_MESSAGE = Pattern.compile("^(?:\\[ERR \\d+\\]\\s*)?Line \\d+:\\d+\\s+(.*)$");
    static final Pattern RULE_NAMED = Pattern.compile("in rule \"?([^\"]+?)\"?\\s*$");
    /** Drools adds this to the parser's own errors for a file it could not read; alone it says nothing useful. */
    static final String NULL_PACKAGE = "Parser returned a null Package";

    static final String NO_SENTENCE = "no DSL sentence matches \"";
    static final String NOTHING_TO_READ = "the file holds no rule Drools can read: is it cut short?";

    private DroolsMessages() {
    }

    /** One build message as a problem in the consultant's file. */
    static RuleProblem toProblem(Message message, KieSources sources) {
        KieSources.CompiledSource source = sources.byPath(message.getPath());
        String file = source != null ? sources.display(source) : sources.files().folder().toString();
        String text = oneLine(message.getText());
        int line = Math.max(message.getLine(), 0);
        int column = Math.max(message.getColumn(), 0);
        Matcher m = LINE_COLUMN.matcher(text);
        if (m.find()) {
            // Parser messages carry "line L:C" with a 0-based column; prefer it when the Message has none.
            if (line == 0) {
                line = Integer.parseInt(m.group(1));
            }
            if (column == 0) {
                column = Integer.parseInt(m.group(2)) + 1;
            }
        }
        if (source != null && (line == 0 || !(source.map() instanceof DslrSource))) {
            // A .dslr reports lines of its expansion, which its written text cannot be searched for.
            int quoted = lineQuoted(text, source.text(), line);
            if (quoted != line) {
                line = quoted;
                column = 0;
            }
        }
        Matcher expand = UNABLE_TO_EXPAND.matcher(text);
        if (expand.find() && source != null) {
            // The expander counts the lines as written, unlike the parser that reads its output.
            if (expand.group(1) != null) {
                line = Integer.parseInt(expand.group(1));
            }
            text = NO_SENTENCE + expand.group(2).trim()
                    + "\" (check the spelling against the .dsl file, or start the line with '>' to write DRL)";
            return RuleProblem.error(file, line, new TextSource(source.file().content()).locate(line, 0).column(),
                    text);
        }
        text = inAuthorsWords(text, source == null ? "" : source.text());
        if (source != null) {
            SourceMap.Location location = source.map().locate(line, column, text);
            line = location.line();
            column = location.column();
            text = source.map().cleanMessage(text);
            if (location.where() != null) {
                text = location.where() + ": " + text;
            }
        }
        return message.getLevel() == Message.Level.ERROR ? RuleProblem.error(file, line, column, text)
                : RuleProblem.warning(file, line, column, text);
    }

    /** {@link #inAuthorsWords(String, String)} without the rule file's text to look up its imports. */
    static String inAuthorsWords(String message) {
        return inAuthorsWords(message, "");
    }

    /**
     * A message as a rule author would say it: the name typed wrong and the name probably meant, no Java
     * exception or stack trace from inside the parser, and an end of file named as what it is, a file cut short.
     *
     * @param source the text Drools compiled, for the imports that say which class a short name is
     */
    static String inAuthorsWords(String message, String source) {
        String text = message;
        int exception = text.indexOf(". Exception: ");
        if (exception >= 0) {
            text = text.substring(0, exception); // the parser's own NullPointerException and stack trace
        }
        Optional<String> known = unknownName(text, source);
        if (known.isPresent()) {
            return known.get();
        }
        if (text.contains("'<eof>'") || text.contains("mismatched input ''")) {
            Matcher parser = PARSER_MESSAGE.matcher(text);
            String rule = null;
            Matcher named = RULE_NAMED.matcher(text);
            if (named.find()) {
                rule = named.group(1);
            }
            if (parser.find() || rule != null) {
                return rule != null
                        ? "the file ends before rule \"" + rule + "\" is complete: a condition, its 'then' or its "
                        + "'end' is missing"
                        : "the file ends in the middle of a rule: a condition, its 'then' or its 'end' is missing";
            }
        }
        if (text.equals(NULL_PACKAGE)) {
            return NOTHING_TO_READ;
        }
        Matcher parser = PARSER_MESSAGE.matcher(text);
        // The parser's code and position in the DRL: the problem's FILE:LINE:COLUMN already says where.
        return parser.matches() ? parser.group(1) : text;
    }

    /** The public signatures of {@code type}'s methods named {@code name}, e.g. {@code prefixLimit(Peering, Sku)}. */
    private static String signatures(Class<?> type, String name) {
        return java.util.Arrays.stream(type.getMethods()).filter(method -> method.getName().equals(name))
                .map(method -> name + java.util.Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                        .collect(java.util.stream.Collectors.joining(", ", "(", ")")))
                .sorted().distinct().collect(java.util.stream.Collectors.joining(" or "));
    }

    /** A field, method, fact type or constant that does not exist, with the name the author probably meant. */
    private static Optional<String> unknownName(String text, String source) {
        Matcher m = UNRESOLVED_METHOD.matcher(text);
        if (m.find()) {
            String expression = m.group(1);
            String member = m.group(3);
            Optional<Class<?>> type = FactClasses.resolve(m.group(2), source);
            Matcher call = Pattern.compile("([\\w$]+)\\s*\\.\\s*" + Pattern.quote(member) + "\\s*\\(")
                    .matcher(expression);
            Matcher constant = Pattern.compile("\\b([A-Z][\\w$]*)\\s*\\.\\s*" + Pattern.quote(member) + "\\b(?!\\s*\\()")
                    .matcher(expression);
            if (constant.find()) {
                Optional<Class<?>> holder = FactClasses.resolve(constant.group(1), source);
                return Optional.of("unknown name '" + member + "' in " + constant.group(1)
                        + holder.map(t -> DidYouMean.suggest(member, FactClasses.constants(t))).orElse(""));
            }
            if (call.find()) {
                Optional<String> signatures = type.map(t -> signatures(t, member)).filter(sig -> !sig.isEmpty());
                if (signatures.isPresent()) {
                    // The method exists: the arguments are of the wrong kind, e.g. a word where an enum belongs.
                    return Optional.of("method '" + member + "' of " + (call.group(1).startsWith("$") ? ""
                            : "global ") + "'" + call.group(1) + "' does not take these arguments: it takes "
                            + signatures.get());
                }
                return Optional.of("unknown method '" + member + "' of " + (call.group(1).startsWith("$")
                        ? "" : "global ") + "'" + call.group(1) + "'"
                        + type.map(t -> DidYouMean.suggest(member, FactClasses.methods(t))).orElse(""));
            }
            return Optional.of("unknown " + type.map(FactClasses::inWords).orElse(m.group(2)) + " field '" + member
                    + "'" + type.map(t -> DidYouMean.suggest(member, FactClasses.fields(t))).orElse(""));
        }
        m = UNKNOWN_TYPE.matcher(text);
        if (m.find()) {
            return Optional.of("unknown fact type '" + m.group(1) + "'"
                    + DidYouMean.suggest(m.group(1), FactClasses.importedTypes(source))
                    + ": import its class, or check the spelling");
        }
        if (!text.startsWith(JAVA_PREFIX) || text.contains(FollowOnErrors.IMPORT_FOLLOW_ON)
                || text.contains(FollowOnErrors.ERROR_IMPORTING)) {
            return Optional.empty(); // a bad import's follow-on, which FollowOnErrors recognises as written
        }
        String java = text.substring(JAVA_PREFIX.length()).trim();
        m = JAVA_UNDEFINED_METHOD.matcher(java);
        if (m.find()) {
            String method = m.group(1);
            if (m.group(3).startsWith(GENERATED_RULE_CLASS)) {
                // Drools compiles each rule's action as a class of its own: a call there names a DRL function.
                return Optional.of("unknown function '" + method + "(" + m.group(2) + ")': no DRL function or "
                        + "imported method of that name takes these arguments");
            }
            Optional<Class<?>> type = FactClasses.resolve(m.group(3), source);
            return Optional.of("unknown method '" + method + "(" + m.group(2) + ")' of " + m.group(3)
                    + type.map(t -> DidYouMean.suggest(method, FactClasses.methods(t))).orElse(""));
        }
        m = JAVA_NOT_A_FIELD.matcher(java);
        if (m.find()) {
            String name = m.group(1);
            Matcher qualified = Pattern.compile("([\\w$]+)\\s*\\.\\s*" + Pattern.quote(name) + "\\b").matcher(source);
            Optional<Class<?>> type = qualified.find() ? FactClasses.resolve(qualified.group(1), source) : Optional.empty();
            return Optional.of("unknown name '" + name + "'" + type.map(t -> " in " + t.getSimpleName()
                    + DidYouMean.suggest(name, FactClasses.constants(t))).orElse(""));
        }
        m = JAVA_UNRESOLVED.matcher(java);
        if (m.find()) {
            return Optional.of("unknown name '" + m.group(1) + "': not a variable bound in this rule, a global or "
                    + "a class; check the spelling");
        }
        m = JAVA_DELETE_TOKEN.matcher(java);
        if (m.find()) {
            return Optional.of("unexpected '" + m.group(1) + "' in the rule's action: remove it, or check what "
                    + "comes before it");
        }
        return Optional.of(java);
    }

    /**
     * Some messages (an expression MVEL cannot analyse) carry no line, or the line of the pattern that spans
     * several lines, but quote the expression: the first line from there that holds it is where it is written.
     */
    private static int lineQuoted(String message, String source, int line) {
        Matcher m = ANALYSE_EXPRESSION.matcher(message);
        if (m.find() && !m.group(1).isBlank()) {
            String expression = m.group(1).trim();
            String[] lines = source.split("\r?\n", -1);
            for (int i = Math.max(line - 1, 0); i < lines.length; i++) {
                if (lines[i].contains(expression)) {
                    return i + 1;
                }
            }
        }
        return line;
    }

    private static String oneLine(String text) {
        // MVEL ends some messages with a caret under the expression; on one line it points at nothing.
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").replaceAll("\\s*\\^\\s*$", "").trim();
    }
}
