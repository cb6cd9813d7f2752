package org.relieve.ui.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.internal.JacksonUtils;
import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientDetails;
import org.relieve.client.ClientService;
import org.relieve.clinical.ClientProfile;
import org.relieve.common.RunAs;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the schedule view tests share. The test database is shared and committed, so each test
 * works on a random far-future week and with clients of its own.
 */
final class ScheduleFixtures {

    private ScheduleFixtures() {
    }

    static LocalDate farFutureWeekday(DayOfWeek day) {
        return LocalDate.of(2040, 1, 2).plusWeeks(ThreadLocalRandom.current().nextInt(1, 3000)).with(day);
    }

    static ClientDetails newClient(ClientService clients) {
        String lastName = "Diary" + UUID.randomUUID().toString().substring(0, 8);
        return RunAs.user("frontdesk", () -> clients.register(new ClientDemographics("Rani", lastName,
                LocalDate.of(1985, 5, 17), null, null, ClientProfile.OTHER, null, null)), "FRONT_DESK");
    }

    /** Fires the click the browser would send for a click on a column's own background. */
    static void clickColumn(Div column, double offsetY) {
        new ComponentTester<Div>(column) {
            void fire() {
                ObjectNode data = JacksonUtils.createObjectNode();
                data.put("event.offsetY", offsetY);
                data.put("event.target === event.currentTarget", true);
                fireDomEvent("click", data);
            }
        }.fire();
    }
}
