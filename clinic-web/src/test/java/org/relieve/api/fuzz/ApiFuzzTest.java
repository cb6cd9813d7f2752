package org.relieve.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Random and hostile JSON to every write endpoint of the API. Whatever arrives, the answer is a
 * success or a {@code 4xx} problem ({@code application/problem+json}), never a {@code 5xx}, and a
 * rejected request leaves every table as it was. The endpoints come from the handler mappings, so
 * a new one is fuzzed too (with random bodies until a valid body is added in {@link FuzzedApi}).
 */
class ApiFuzzTest {

    /** About 100 tries for each of the ~19 write endpoints. */
    private static final int TRIES = 2000;

    private static final Map<String, Map<Integer, AtomicLong>> STATUSES = new ConcurrentSkipListMap<>();

    /** One request: the endpoint, the ids in its path (sometimes hostile too) and the body. */
    record Attempt(FuzzedApi.Endpoint endpoint, Map<String, String> pathIds, String body) {

        @Override
        public String toString() {
            String shown = body.length() > 300 ? body.substring(0, 300) + "… (" + body.length() + " chars)" : body;
            return endpoint.method() + " " + endpoint.path(pathIds) + " as " + endpoint.user() + " " + shown;
        }
    }

    // No edge-case mixing: it would favour the first and last endpoint; the hostile values are the edge cases.
    @Property(tries = TRIES, shrinking = ShrinkingMode.OFF, edgeCases = EdgeCasesMode.NONE)
    void hostileBodiesGetA4xxProblemAndChangeNothing(@ForAll("attempts") Attempt attempt) {
        FuzzedApi api = FuzzedApi.get();
        Map<String, String> before = api.fingerprint();

        MockHttpServletResponse response = api.send(attempt.endpoint().method(), attempt.endpoint().path(attempt.pathIds()),
                attempt.endpoint().user(), attempt.body());

        int status = response.getStatus();
        STATUSES.computeIfAbsent(attempt.endpoint().key(), key -> new ConcurrentHashMap<>())
                .computeIfAbsent(status, key -> new AtomicLong()).incrementAndGet();
        Statistics.label("status").collect(status);
        assertThat(status).as("status of %s, answered %s", attempt, FuzzedApi.contentOf(response)).isLessThan(500);
        if (status >= 400) {
            assertThat(response.getContentType()).as("content type of the %d to %s", status, attempt).isNotNull();
            assertThat(MediaType.parseMediaType(response.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .as("a problem document for %s, got %s", attempt, response.getContentType()).isTrue();
            assertThat(api.fingerprint()).as("tables after the rejected %s", attempt).isEqualTo(before);
        }
    }

    @Provide
    Arbitrary<Attempt> attempts() {
        return Arbitraries.of(FuzzedApi.get().endpoints()).flatMap(endpoint -> Combinators.combine(
                pathIds(endpoint), HostileJson.bodies(endpoint.known() ? endpoint.validBody() : "{}"))
                .as((ids, body) -> new Attempt(endpoint, ids, body)));
    }

    /** The endpoint's own records mostly; now and then an id that does not exist or is not a number. */
    private static Arbitrary<Map<String, String>> pathIds(FuzzedApi.Endpoint endpoint) {
        Map<String, String> own = new TreeMap<>();
        endpoint.pathIds().forEach((name, id) -> own.put(name, id.toString()));
        Arbitrary<String> hostileId = Arbitraries.of("0", "-1", "999999999", "9223372036854775807",
                "9223372036854775808", "abc", "1.5", "<script>", "%00");
        if (own.isEmpty() && !endpoint.pattern().contains("{")) {
            return Arbitraries.just(own);
        }
        Arbitrary<Map<String, String>> hostile = hostileId.map(id -> {
            Map<String, String> ids = new TreeMap<>();
            for (String name : variables(endpoint.pattern())) {
                ids.put(name, id);
            }
            return ids;
        });
        return own.isEmpty() ? hostile : Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(own)), Tuple.of(1, hostile));
    }

    private static java.util.List<String> variables(String pattern) {
        return java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(pattern).results().map(match -> match.group(1)).toList();
    }

    /** Every endpoint got its share of tries; the histogram goes to the test output for the record. */
    @AfterContainer
    static void everyWriteEndpointWasFuzzed() {
        StringBuilder report = new StringBuilder("API fuzzing: statuses per endpoint\n");
        STATUSES.forEach((endpoint, statuses) -> report.append("  ").append(endpoint).append(" ")
                .append(new TreeMap<>(statuses)).append('\n'));
        System.out.print(report);
        assertThat(STATUSES.keySet()).as("endpoints fuzzed")
                .containsExactlyInAnyOrderElementsOf(FuzzedApi.get().endpoints().stream().map(FuzzedApi.Endpoint::key).toList());
    }
}
