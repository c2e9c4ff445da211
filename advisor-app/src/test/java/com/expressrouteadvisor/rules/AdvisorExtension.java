package com.expressrouteadvisor.rules;

import com.expressrouteadvisor.support.TestAdvisors;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.nio.file.Path;

/**
 * Gives a test class one {@link Scenarios} (one Advisor, so one KieBase) built from the repository's
 * {@code rules/} and {@code facts/reference/} folders, and closes it after the class. Use it as
 * {@code @ExtendWith(AdvisorExtension.class)} and take {@code Scenarios} as a constructor parameter.
 */
public final class AdvisorExtension implements ParameterResolver {

    public static final Path RULES = TestAdvisors.RULES;
    public static final Path REFERENCE = TestAdvisors.REFERENCE;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(AdvisorExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Scenarios.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(classContext.getRequiredTestClass(),
                key -> new Scenarios(TestAdvisors.repository()), Scenarios.class);
    }
}
