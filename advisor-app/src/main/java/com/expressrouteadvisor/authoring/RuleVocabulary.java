package com.expressrouteadvisor.authoring;

import com.expressrouteadvisor.advice.Gap;
import com.expressrouteadvisor.advice.ModelFit;
import com.expressrouteadvisor.advice.PlannedPath;
import com.expressrouteadvisor.advice.Question;
import com.expressrouteadvisor.advice.Recommendation;
import com.expressrouteadvisor.advice.Resiliency;
import com.expressrouteadvisor.advice.ResiliencyFactor;
import com.expressrouteadvisor.advice.SiteDiversity;
import com.expressrouteadvisor.profile.Customer;
import com.expressrouteadvisor.profile.CustomerProfile;
import com.expressrouteadvisor.profile.FieldNames;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a rule author can read and write, taken from the code so it cannot drift from it: every field of the
 * {@link Customer} fact with its profile path, every global the advisor provides with the methods a rule can call,
 * and every type a rule inserts as a conclusion. Types, signatures and names come from reflection; the one-line
 * meanings come from {@value #DESCRIPTIONS} beside this class. A missing meaning is listed by
 * {@link #missingDescriptions()} and shown in the document, never invented.
 */
public record RuleVocabulary(List<CustomerField> fields, List<Global> globals, List<Conclusion> conclusions) {

    /** The description file, a resource beside this class. */
    public static final String DESCRIPTIONS = "rule-vocabulary.properties";

    /** The types rules insert (conclusions and the intermediate facts review rules match). */
    static final List<Class<?>> CONCLUSION_TYPES = List.of(ModelFit.class, Recommendation.class, Gap.class,
            Question.class, PlannedPath.class, SiteDiversity.class, ResiliencyFactor.class, Resiliency.class,
            com.expressrouteadvisor.advice.Remedy.class);

    /**
     * @param path    the dotted profile path, as used in questions; null when neither derivable nor described
     * @param meaning null when not described
     */
    public record CustomerField(String name, String path, String type, String meaning) {
    }

    /** A global by the name a rule file declares it with, e.g. {@code global …PeeringLocationCatalog locations;}. */
    public record Global(String name, String type, String meaning, List<Operation> methods) {
    }

    /** A constructor or method a rule can call, with its one-line meaning (null when not described). */
    public record Operation(String signature, String meaning) {
    }

    /**
     * @param fields       the record components a condition can match, e.g. {@code code, severity, arguments}
     * @param constructors how a consequence creates one, e.g. {@code new Question(String field)}
     */
    public record Conclusion(String type, String fullName, String meaning, List<String> fields,
                             List<String> constructors) {
    }

    /** @param globals the advisor's globals by name, as {@code ReferenceData.globals()} gives them */
    public static RuleVocabulary of(Map<String, Object> globals) {
        Properties text = descriptions();
        Map<String, String> paths = profilePaths(CustomerProfile.class, "");
        List<CustomerField> fields = Arrays.stream(Customer.class.getRecordComponents())
                .map(c -> new CustomerField(c.getName(), pathOf(c.getName(), text, paths), typeName(c.getGenericType()),
                        text.getProperty("customer." + c.getName())))
                .toList();
        List<Global> globalList = new TreeMap<>(globals).entrySet().stream().map(g -> {
            Class<?> type = g.getValue().getClass();
            List<Operation> methods = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                            && !m.isSynthetic() && !m.isBridge())
                    .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount)
                            .thenComparing(RuleVocabulary::parameters))
                    .map(m -> new Operation(simple(m.getGenericReturnType().getTypeName()) + " " + m.getName()
                            + parameters(m), text.getProperty("global." + g.getKey() + "." + m.getName())))
                    .toList();
            return new Global(g.getKey(), type.getSimpleName(), text.getProperty("global." + g.getKey()), methods);
        }).toList();
        List<Conclusion> conclusions = CONCLUSION_TYPES.stream().map(type -> new Conclusion(type.getSimpleName(),
                type.getName(), text.getProperty("conclusion." + type.getSimpleName()),
                type.isRecord() ? Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList()
                        : List.of(),
                Arrays.stream(type.getConstructors())
                        .sorted(Comparator.<Constructor<?>>comparingInt(Constructor::getParameterCount)
                                .thenComparing(RuleVocabulary::parameters))
                        .map(c -> "new " + type.getSimpleName() + parameters(c)).toList())).toList();
        return new RuleVocabulary(fields, globalList, conclusions);
    }

    /** The description keys a field, global, method or conclusion lacks, e.g. {@code customer.vnetLinks}. */
    public List<String> missingDescriptions() {
        List<String> missing = new ArrayList<>();
        for (CustomerField field : fields) {
            if (field.path() == null) {
                missing.add("customer." + field.name() + ".path");
            }
            if (field.meaning() == null) {
                missing.add("customer." + field.name());
            }
        }
        for (Global global : globals) {
            if (global.meaning() == null) {
                missing.add("global." + global.name());
            }
            for (Operation method : global.methods()) {
                if (method.meaning() == null) {
                    String name = method.signature().substring(0, method.signature().indexOf('('));
                    missing.add("global." + global.name() + "." + name.substring(name.lastIndexOf(' ') + 1));
                }
            }
        }
        for (Conclusion conclusion : conclusions) {
            if (conclusion.meaning() == null) {
                missing.add("conclusion." + conclusion.type());
            }
        }
        return missing.stream().distinct().toList();
    }

    /** Every dotted path of the profile (CONTRACT §3), as JSON names it, to the name of its last segment. */
    static Map<String, String> profilePaths(Class<?> record, String prefix) {
        Map<String, String> paths = new TreeMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = FieldNames.json(component);
            Class<?> type = component.getType();
            if (type.isRecord()) {
                paths.putAll(profilePaths(type, prefix + name + "."));
            } else {
                paths.put(prefix + name, component.getName());
            }
        }
        return paths;
    }

    /** The described path, else the one profile path whose field has the same name. */
    private static String pathOf(String field, Properties text, Map<String, String> paths) {
        String described = text.getProperty("customer." + field + ".path");
        if (described != null) {
            return described;
        }
        List<String> same = paths.entrySet().stream().filter(p -> p.getValue().equals(field)).map(Map.Entry::getKey)
                .toList();
        return same.size() == 1 ? same.get(0) : null;
    }

    private static String parameters(Executable executable) {
        Type[] types = executable.getGenericParameterTypes();
        var parameters = executable.getParameters();
        List<String> rendered = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            String type = simple(types[i].getTypeName());
            if (executable.isVarArgs() && i == parameters.length - 1) {
                type = type.replaceAll("\\[]$", "...");
            }
            rendered.add(type + " " + parameters[i].getName());
        }
        return rendered.stream().collect(Collectors.joining(", ", "(", ")"));
    }

    /** A Customer field's type in a consultant's words. */
    private static String typeName(Type type) {
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            return "list of " + typeName(list.getActualTypeArguments()[0]);
        }
        if (type instanceof Class<?> c) {
            if (c.isEnum()) {
                return Arrays.stream(c.getEnumConstants()).map(e -> "`" + c.getSimpleName() + "." + e + "`")
                        .collect(Collectors.joining(", "));
            }
            if (c == Boolean.class || c == boolean.class) {
                return "true/false";
            }
            if (c == Integer.class || c == Long.class || c == int.class || c == long.class) {
                return "whole number";
            }
            if (c == String.class) {
                return "text";
            }
        }
        return "`" + simple(type.getTypeName()) + "`";
    }

    /** {@code java.util.List<java.lang.String>} as {@code List<String>}. */
    private static String simple(String typeName) {
        return typeName.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+", "").replace('$', '.');
    }

    private static Properties descriptions() {
        Properties properties = new Properties();
        try (InputStream in = RuleVocabulary.class.getResourceAsStream(DESCRIPTIONS)) {
            if (in == null) {
                throw new IllegalStateException("this build has no " + DESCRIPTIONS);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DESCRIPTIONS + ": " + e.getMessage(), e);
        }
        return properties;
    }
}
