package org.relieve.security.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.relieve.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every {@code /api} endpoint the application serves, found at run time, tried as every kind of
 * caller with a real request on real records, against the outcome written down for that cell in
 * {@code access-matrix/api.md}. A new endpoint without a row, or a row for an endpoint that is gone,
 * fails the build; so does any success where the table says the caller is refused.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ApiAccessMatrixTest {

    private static final AccessTable TABLE = AccessTable.read("/access-matrix/api.md");
    private static final Set<String> OUTCOMES = Set.of("2xx", "401", "403", "404");

    @Autowired
    MockMvc mvc;

    @Autowired
    MatrixFixture fixture;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    private final AtomicInteger cells = new AtomicInteger();
    private final AtomicInteger unauthorizedSuccesses = new AtomicInteger();

    @Test
    void everyEndpointHasARowAndEveryRowAnEndpoint() {
        Set<String> served = servedEndpoints();

        assertThat(served).as("API endpoints without a row in %s", TABLE.resource())
                .isSubsetOf(TABLE.rows().keySet());
        assertThat(TABLE.rows().keySet()).as("rows of %s naming no endpoint the application serves", TABLE.resource())
                .isSubsetOf(served);
        assertThat(ApiCalls.of(fixture).keySet()).as("a request to try for every row")
                .containsExactlyInAnyOrderElementsOf(TABLE.rows().keySet());
        TABLE.rows().values().forEach(row -> assertThat(OUTCOMES)
                .as("outcomes in line %d of %s", row.line(), TABLE.resource()).containsAll(row.expected().values()));
    }

    @TestFactory
    Stream<DynamicNode> everyEndpointAsEveryCaller() {
        Map<String, Supplier<MockHttpServletRequestBuilder>> calls = ApiCalls.of(fixture.ready());
        Stream<DynamicNode> matrix = TABLE.rows().values().stream().filter(row -> calls.containsKey(row.key()))
                .map(row -> dynamicContainer(row.key(), Arrays.stream(Caller.values()).map(caller ->
                        dynamicTest(caller.column + " → " + row.expected(caller),
                                () -> tryCell(row, caller, calls.get(row.key()))))));
        return Stream.concat(matrix, Stream.of(dynamicTest("zero unauthorized successes", () -> {
            System.out.printf("API access matrix: %d endpoints × %d callers = %d cells, %d unauthorized successes%n",
                    TABLE.rows().size(), Caller.values().length, cells.get(), unauthorizedSuccesses.get());
            assertThat(unauthorizedSuccesses).hasValue(0);
        })));
    }

    private void tryCell(AccessTable.Row row, Caller caller, Supplier<MockHttpServletRequestBuilder> call) throws Exception {
        MockHttpServletRequestBuilder request = call.get();
        if (caller.username != null) {
            request.with(httpBasic(caller.username, Caller.PASSWORD));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        cells.incrementAndGet();
        int status = response.getStatus();
        String expected = row.expected(caller);
        String cell = row.key() + " as " + caller.column;
        if (expected.equals("2xx")) {
            assertThat(status).as("%s should succeed; the answer was %s", cell, response.getContentAsString())
                    .isBetween(200, 299);
            return;
        }
        if (status >= 200 && status < 300) {
            unauthorizedSuccesses.incrementAndGet();
        }
        assertThat(status).as("%s must be refused with %s (%s)", cell, expected,
                status < 300 ? "UNAUTHORIZED SUCCESS" : response.getContentAsString())
                .isEqualTo(Integer.parseInt(expected));
        assertThat(MediaType.parseMediaType(response.getContentType()))
                .as("%s refusal as problem details", cell).matches(MediaType.APPLICATION_PROBLEM_JSON::isCompatibleWith);
    }

    /** "GET /api/clients/{id}" for every method and pattern under /api that a controller answers. */
    private Set<String> servedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : handlers.getHandlerMethods().keySet()) {
            Set<String> patterns = info.getPatternValues();
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (!pattern.startsWith("/api/") && !pattern.equals("/api")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return endpoints;
    }
}
