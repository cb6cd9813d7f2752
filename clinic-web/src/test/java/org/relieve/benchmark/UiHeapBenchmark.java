package org.relieve.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.mocks.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.common.ClinicProperties;
import org.relieve.ui.session.SessionFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * Server heap per open UI, view by view (goal: at most 500 KB each). Not a test: run with
 * {@code ./mvnw -pl clinic-web verify -Pbenchmark -Dtest=UiHeapBenchmark} (add {@code -Dui.count=…}
 * or {@code -Dui.rounds=…}).
 *
 * <p>Each round opens {@code ui.count} UIs of the view, as the browserless framework builds one (a
 * {@link MockedUI} initialised in the mocked Vaadin session, navigated by route, its changes
 * collected as if sent to a browser), and holds them all; the heap used after several full GCs,
 * before and after, divided by the count, is one round's figure. The UIs belong to the test's
 * mocked session, as tabs of one browser do (held by the benchmark rather than registered in it),
 * so the figure is the UI and its view, without the per-login session. The median of the rounds is
 * printed; a warm-up round comes first and is not counted.
 *
 * <p>Development mode keeps, for the dev tools, a stack trace of where every component was created
 * and attached: several times the heap of the UI itself. Production mode has no such tracker, so
 * it is switched off here. Vaadin reads that setting once per JVM, hence a run of its own (the
 * {@code benchmark} profile runs only benchmarks).
 */
@IntegrationTest
@TestPropertySource(properties = "vaadin.devmode.componentTracker.enabled=false")
@ViewPackages(packages = "org.relieve")
class UiHeapBenchmark extends SpringBrowserlessTest {

    private static final int COUNT = Integer.getInteger("ui.count", 50);
    private static final int ROUNDS = Integer.getInteger("ui.rounds", 5);
    private static final Map<String, List<Double>> RESULTS = new TreeMap<>();
    private static final Map<String, Integer> NODES = new TreeMap<>();

    @Autowired
    SessionFixtures sessionFixtures;
    @Autowired
    ClinicProperties clinic;

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void scheduleView() {
        measure("Schedule (front desk, today)", "schedule", "ScheduleView", ui -> {
        });
    }

    @Test
    @WithMockUser(username = "therapist", roles = "THERAPIST")
    void sessionRecordView() {
        long appointment = sessionFixtures.clientTreatedByTherapistJustNow(clinic.zone()).appointmentId();
        measure("Session record (started from the plan)", "sessions/appointment/" + appointment, "SessionRecordView",
                ui -> find(Button.class).withText("Start from the plan").single().click());
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void outcomeReportView() {
        measure("Outcome reports (manager, 6 months)", "reports", "OutcomeReportView", ui -> {
        });
    }

    @AfterAll
    static void printTable() {
        System.out.printf(Locale.ROOT, "%n%-40s %6s %7s %12s %12s %12s %11s %6s%n", "view", "UIs", "rounds",
                "median KB/UI", "min KB/UI", "max KB/UI", "nodes/UI", "≤500");
        RESULTS.forEach((view, rounds) -> {
            List<Double> sorted = rounds.stream().sorted().toList();
            double median = sorted.get(sorted.size() / 2);
            System.out.printf(Locale.ROOT, "%-40s %6d %7d %12.1f %12.1f %12.1f %11d %6s%n", view, COUNT, sorted.size(),
                    median, sorted.getFirst(), sorted.getLast(), NODES.get(view), median <= 500 ? "yes" : "NO");
        });
    }

    private void measure(String label, String route, String view, Consumer<UI> afterNavigation) {
        navigate(route, com.vaadin.flow.component.Component.class); // the framework's own UI: sets up the session
        VaadinSession session = VaadinSession.getCurrent();
        UI own = UI.getCurrent();
        List<Double> perUi = new ArrayList<>();
        // round 0 warms up (classes, caches, the first queries, the previous view's garbage) and is not counted
        for (int round = 0; round <= ROUNDS; round++) {
            long before = usedHeapAfterGc();
            List<UI> open = open(session, route, view, afterNavigation, COUNT);
            long after = usedHeapAfterGc();
            if (round > 0) {
                perUi.add((after - before) / 1024.0 / COUNT);
            }
            if (round == ROUNDS) {
                int[] nodes = {0};
                open.getFirst().getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
                NODES.put(label, nodes[0]);
            }
            open.clear();
        }
        UI.setCurrent(own);
        RESULTS.put(label, perUi);
        System.out.printf(Locale.ROOT, "%s: KB per UI by round %s%n", label, perUi.stream()
                .map(kb -> String.format(Locale.ROOT, "%.1f", kb)).toList());
    }

    /** Opens UIs on the route the way MockVaadin does, each left as it would be after answering the browser. */
    private List<UI> open(VaadinSession session, String route, String view, Consumer<UI> afterNavigation, int count) {
        List<UI> uis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UI ui = new MockedUI();
            ui.getInternals().setSession(session);
            UI.setCurrent(ui);
            ui.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT-" + i);
            ui.navigate(route);
            afterNavigation.accept(ui);
            assertThat(ui.getInternals().getActiveRouterTargetsChain()).as("the view opened")
                    .first().extracting(target -> target.getClass().getSimpleName()).isEqualTo(view);
            // what answering the browser does: run the before-response tasks, send the changes, forget them
            ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
            ui.getInternals().getStateTree().collectChanges(change -> {
            });
            ui.getInternals().dumpPendingJavaScriptInvocations();
            uis.add(ui);
        }
        return uis;
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
