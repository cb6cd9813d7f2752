package org.relieve.security.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.relieve.IntegrationTest;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ConflictException;
import org.relieve.common.RunAs;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffService;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Every public method of every application service ({@code @Service} in {@code org.relieve}),
 * found by reflection, called through its Spring proxy as every kind of caller with valid
 * arguments on real records, against {@code access-matrix/services.md}: refused (access denied, or
 * not signed in) or let through (a result, or a clinic rule's or a conflict's answer that comes only
 * after the access checks). A public service method without a written rule fails the build.
 */
@IntegrationTest
class ServiceAccessMatrixTest {

    private static final AccessTable TABLE = AccessTable.read("/access-matrix/services.md");
    private static final String ALLOWED = "allowed";
    private static final String DENIED = "denied";
    private static final String COVERED_BY = "covered-by:";

    @Autowired
    ApplicationContext context;

    @Autowired
    MatrixFixture fixture;

    @Autowired
    StaffService staff;

    @Autowired
    ClinicSetupService setup;

    private final AtomicInteger cells = new AtomicInteger();
    private final AtomicInteger unauthorizedSuccesses = new AtomicInteger();

    @Test
    void everyPublicServiceMethodHasARowAndEveryRowAMethod() {
        Set<String> methods = serviceMethods().keySet();

        assertThat(methods).as("public service methods without a row in %s", TABLE.resource())
                .isSubsetOf(TABLE.rows().keySet());
        assertThat(TABLE.rows().keySet()).as("rows of %s naming no public service method", TABLE.resource())
                .isSubsetOf(methods);
        for (AccessTable.Row row : TABLE.rows().values()) {
            row.expected().values().forEach(outcome -> assertThat(outcome)
                    .as("outcome in line %d of %s", row.line(), TABLE.resource())
                    .matches(o -> o.equals(ALLOWED) || o.equals(DENIED) || o.startsWith(COVERED_BY)));
            if (row.why().startsWith("role + ")) {
                assertThat(row.expected(Caller.THERAPIST_NOT_IN_CARE)).as("line %d: a record-level check refuses "
                        + "the therapist who is not in care", row.line()).isNotEqualTo(ALLOWED);
            }
        }
    }

    @TestFactory
    Stream<DynamicNode> everyServiceMethodAsEveryCaller() {
        fixture.ready();
        ServiceArguments arguments = new ServiceArguments(fixture, setup);
        Map<Caller, Authentication> callers = authentications();
        Map<String, Invocable> methods = serviceMethods();
        Stream<DynamicNode> matrix = TABLE.rows().values().stream().filter(row -> methods.containsKey(row.key()))
                .map(row -> dynamicContainer(row.key(), Arrays.stream(Caller.values()).map(caller ->
                        dynamicTest(caller.column + " → " + row.expected(caller), () -> tryCell(row, caller,
                                callers.get(caller), methods.get(row.key()), arguments)))));
        return Stream.concat(matrix, Stream.of(dynamicTest("zero unauthorized successes", () -> {
            System.out.printf("Service access matrix: %d methods × %d callers = %d cells called, %d unauthorized "
                    + "successes%n", TABLE.rows().size(), Caller.values().length, cells.get(), unauthorizedSuccesses.get());
            assertThat(unauthorizedSuccesses).hasValue(0);
        })));
    }

    private void tryCell(AccessTable.Row row, Caller caller, Authentication authentication, Invocable target,
                         ServiceArguments arguments) {
        String expected = row.expected(caller);
        if (expected.startsWith(COVERED_BY)) {
            return; // a dedicated test holds this cell; the row says which
        }
        Object[] values = arguments.of(target.method());
        Throwable thrown = callAs(authentication, target, values);
        cells.incrementAndGet();
        String cell = row.key() + " as " + caller.column;
        boolean refused = thrown instanceof AccessDeniedException || thrown instanceof AuthenticationException;
        if (expected.equals(DENIED)) {
            if (!refused && (thrown == null || passedTheChecks(thrown))) {
                unauthorizedSuccesses.incrementAndGet();
            }
            assertThat(thrown).as("%s must be refused (UNAUTHORIZED SUCCESS if it returned)", cell)
                    .isNotNull()
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        } else if (thrown != null) {
            assertThat(refused).as("%s must be let through, but was refused: %s", cell, thrown.getMessage()).isFalse();
            assertThat(passedTheChecks(thrown)).as("%s was let through but could not be called: %s", cell, thrown)
                    .isTrue();
        }
    }

    /** A clinic rule or a conflict with stored state: answers that come after the access checks. */
    private static boolean passedTheChecks(Throwable thrown) {
        return thrown instanceof BusinessRuleException || thrown instanceof ConflictException;
    }

    private static Throwable callAs(Authentication authentication, Invocable target, Object[] values) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            target.method().invoke(target.bean(), values);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** Signed in as the demo accounts, with the roles stored for them; nobody signed in is an anonymous token. */
    private Map<Caller, Authentication> authentications() {
        Map<Caller, Authentication> callers = new EnumMap<>(Caller.class);
        callers.put(Caller.ANONYMOUS, new AnonymousAuthenticationToken("matrix", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        for (Caller caller : Caller.values()) {
            if (caller.username == null) {
                continue;
            }
            StaffMember member = RunAs.user("admin", () -> staff.findByUsername(caller.username).orElseThrow(), "ADMIN");
            callers.put(caller, UsernamePasswordAuthenticationToken.authenticated(member.username(), null,
                    AuthorityUtils.createAuthorityList(member.roles().stream().map(role -> "ROLE_" + role.name())
                            .toArray(String[]::new))));
        }
        return callers;
    }

    record Invocable(Object bean, Method method) {
    }

    /** "ClientService.get(long)" for every public instance method declared by a service bean of ours. */
    private Map<String, Invocable> serviceMethods() {
        Map<String, Invocable> methods = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.relieve")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()
                        && !method.isBridge()) {
                    methods.put(key(type, method), new Invocable(bean, method));
                }
            }
        }
        return methods;
    }

    private static String key(Class<?> type, Method method) {
        return type.getSimpleName() + "." + method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }
}
