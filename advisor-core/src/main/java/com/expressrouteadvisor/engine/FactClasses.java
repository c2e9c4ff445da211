package com.expressrouteadvisor.engine;

import com.expressrouteadvisor.profile.Customer;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java classes a rule file can name, found the way a rule author sees them: by the imports of the file and
 * the packages of the advisor's facts. Used to name the fields and methods an author may have meant.
 */
final class FactClasses {

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+([\\w.$]+)\\s*;?", Pattern.MULTILINE);
    /** Where the advisor's facts and reference catalogs live; a DSL sentence names them in full. */
    private static final List<String> FACT_PACKAGES = List.of("com.expressrouteadvisor.profile.",
            "com.expressrouteadvisor.advice.", "com.expressrouteadvisor.reference.");

    private FactClasses() {
    }

    /** A class by its full name, or by its simple name as imported in {@code source} or in the fact packages. */
    static Optional<Class<?>> resolve(String name, String source) {
        if (name.contains(".")) {
            return load(name);
        }
        Matcher m = IMPORT.matcher(source == null ? "" : source);
        while (m.find()) {
            if (m.group(1).endsWith("." + name)) {
                return load(m.group(1));
            }
        }
        for (String pkg : FACT_PACKAGES) {
            Optional<Class<?>> found = load(pkg + name);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The simple names of the classes imported in {@code source}, and the customer, the fact every rule reads. */
    static Set<String> importedTypes(String source) {
        Set<String> names = new TreeSet<>();
        names.add(Customer.class.getSimpleName());
        Matcher m = IMPORT.matcher(source == null ? "" : source);
        while (m.find()) {
            String name = m.group(1);
            names.add(name.substring(name.lastIndexOf('.') + 1));
        }
        return names;
    }

    /** The fields a pattern can constrain: {@code bandwidthMbps} for {@code bandwidthMbps()} or {@code getBandwidthMbps()}. */
    static Set<String> fields(Class<?> type) {
        Set<String> fields = new TreeSet<>();
        for (Method method : accessors(type)) {
            String name = method.getName();
            if (name.startsWith("get") && name.length() > 3) {
                fields.add(Character.toLowerCase(name.charAt(3)) + name.substring(4));
            } else if (name.startsWith("is") && name.length() > 2 && method.getReturnType() == boolean.class) {
                fields.add(Character.toLowerCase(name.charAt(2)) + name.substring(3));
            } else {
                fields.add(name);
            }
        }
        return fields;
    }

    /** The public methods of a class, as a rule calls them on a global or a bound fact. */
    static Set<String> methods(Class<?> type) {
        Set<String> methods = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getDeclaringClass() != Object.class) {
                methods.add(method.getName());
            }
        }
        return methods;
    }

    /** The constants of an enum, the public static fields of any other class. */
    static Set<String> constants(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        if (type.isEnum()) {
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
        }
        for (var field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                names.add(field.getName());
            }
        }
        return names;
    }

    /** "Customer" as "customer", "ModelFit" as "model fit": how a consultant names a fact type. */
    static String inWords(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }

    private static List<Method> accessors(Class<?> type) {
        return java.util.Arrays.stream(type.getMethods())
                .filter(m -> m.getDeclaringClass() != Object.class && !Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() == 0 && m.getReturnType() != void.class
                        && !m.getName().equals("hashCode") && !m.getName().equals("toString"))
                .toList();
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, FactClasses.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
