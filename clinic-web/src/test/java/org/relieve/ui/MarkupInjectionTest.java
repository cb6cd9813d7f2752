package org.relieve.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relieve.IntegrationTest;
import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientService;
import org.relieve.clinical.BodyRegion;
import org.relieve.clinical.ClientProfile;
import org.relieve.clinical.PainCause;
import org.relieve.clinical.PressureLevel;
import org.relieve.clinical.RegionSide;
import org.relieve.clinical.Side;
import org.relieve.clinical.Technique;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ClinicProperties;
import org.relieve.common.ConflictException;
import org.relieve.common.RunAs;
import org.relieve.intake.IntakeService;
import org.relieve.intake.NewIntake;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.AppointmentService;
import org.relieve.schedule.Booking;
import org.relieve.schedule.ClinicSetupService;
import org.relieve.schedule.RoomDetails;
import org.relieve.staff.StaffService;
import org.relieve.therapy.NewSessionRecord;
import org.relieve.therapy.SessionRecordService;
import org.relieve.therapy.TechniqueApplicationEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A client named like an attack, with markup in their intake, booking notes and session notes:
 * every view shows the text literally, as text. No view holds an {@code Html} component or sets
 * markup containing it (the architecture test keeps it that way).
 */
@IntegrationTest
@ViewPackages(packages = "org.relieve")
class MarkupInjectionTest extends SpringBrowserlessTest {

    private static final String IMG = "<img src=x onerror=alert(1)>";
    private static final String SCRIPT = "<script>alert('notes')</script>";

    @Autowired
    ClientService clients;
    @Autowired
    IntakeService intakes;
    @Autowired
    AppointmentService appointments;
    @Autowired
    ClinicSetupService setup;
    @Autowired
    SessionRecordService sessions;
    @Autowired
    StaffService staff;
    @Autowired
    ClinicProperties clinic;

    private String lastName;
    private long clientId;
    private AppointmentDetails appointment;

    @BeforeEach
    void clientNamedLikeAnAttack() {
        lastName = "Script" + Long.toString(System.nanoTime(), 36) + " " + SCRIPT;
        clientId = RunAs.user("frontdesk", () -> clients.register(new ClientDemographics(IMG, lastName,
                LocalDate.of(1991, 1, 1), null, null, ClientProfile.OTHER, null, null)), "FRONT_DESK").id();
        RunAs.user("therapist2", () -> intakes.record(clientId, new NewIntake(LocalDate.now().minusDays(1), SCRIPT, 4, 3,
                Set.of(PainCause.MUSCLE_STRAIN), PainCause.MUSCLE_STRAIN, List.of(RegionSide.both(BodyRegion.NECK)),
                List.of(), false, Set.of(), SCRIPT, SCRIPT)), "THERAPIST");
        appointment = bookedYesterday();
        RunAs.user("therapist2", () -> sessions.create(appointment.id(), new NewSessionRecord(5, 3,
                List.of(new TechniqueApplicationEntry(Technique.EFFLEURAGE, BodyRegion.NECK, Side.BOTH, PressureLevel.LIGHT,
                        10, null, SCRIPT)), SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, SCRIPT, Set.of())), "THERAPIST");
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void theClientListAndDetailsShowTheNameAsText() {
        UI.getCurrent().navigate("clients");
        test(find(TextField.class).withPlaceholder("Search by name, phone or email").single())
                .setValue(lastName.substring(0, lastName.indexOf(' ')));
        @SuppressWarnings("unchecked")
        Grid<Object> grid = find(Grid.class).single();
        assertThat(test(grid).getCellText(0, 0)).isEqualTo(IMG + " " + lastName);
        assertNoMarkup();

        UI.getCurrent().navigate("clients/" + clientId);
        assertThat(textOnScreen()).contains(IMG + " " + lastName);
        assertNoMarkup();
    }

    @Test
    @WithMockUser(username = "frontdesk", roles = "FRONT_DESK")
    void theScheduleOfThatDayShowsTheNameAsText() {
        UI.getCurrent().navigate("schedule");
        test(find(DatePicker.class).withCondition(picker -> "Date".equals(picker.getAriaLabel().orElse(null))).single())
                .setValue(LocalDate.now(clinic.zone()).minusDays(1));
        assertThat(textOnScreen()).contains(IMG + " " + lastName);
        assertNoMarkup();
    }

    @Test
    @WithMockUser(username = "therapist2", roles = "THERAPIST")
    void theSessionRecordShowsNameAndNotesAsText() {
        UI.getCurrent().navigate("sessions/appointment/" + appointment.id());
        assertThat(textOnScreen()).contains("Session record · " + IMG + " " + lastName);
        assertThat(find(TextArea.class).withCaption("Pressure notes").single().getValue()).isEqualTo(SCRIPT);
        assertNoMarkup();
    }

    @Test
    @WithMockUser(username = "manager", roles = "MANAGER")
    void theOutcomeReportHoldsNoMarkupButItsEscapedCharts() {
        UI.getCurrent().navigate("reports");
        assertThat(textOnScreen()).isNotBlank();
        assertNoMarkup();
    }

    /** No Html component anywhere on screen, and no element's markup carries a tag someone typed. */
    private void assertNoMarkup() {
        List<Element> elements = new ArrayList<>();
        collect(UI.getCurrent().getElement(), elements);
        assertThat(elements).as("elements on screen").hasSizeGreaterThan(10);
        assertThat(elements).noneSatisfy(element -> assertThat(element.getComponent().orElse(null)).isInstanceOf(Html.class));
        assertThat(elements).allSatisfy(element -> assertThat(String.valueOf(element.getProperty("innerHTML")))
                .doesNotContain("<script").doesNotContain("<img"));
    }

    /** The text of every text node on screen, dialogs included, one per line. */
    private static String textOnScreen() {
        List<Element> elements = new ArrayList<>();
        collect(UI.getCurrent().getElement(), elements);
        return String.join("\n", elements.stream().filter(element -> !element.isTextNode()).map(Element::getText).filter(text -> !text.isEmpty()).toList());
    }

    private static void collect(Element element, List<Element> into) {
        into.add(element);
        Stream.concat(element.getChildren(), element.getNode().isAttached() ? virtualChildren(element) : Stream.empty())
                .forEach(child -> collect(child, into));
    }

    /** Dialogs and overlays hang off their owner as virtual children. */
    private static Stream<Element> virtualChildren(Element element) {
        List<Element> virtual = new ArrayList<>();
        if (element.getNode().hasFeature(VirtualChildrenList.class)) {
            element.getNode().getFeature(VirtualChildrenList.class).forEachChild(node -> virtual.add(Element.get(node)));
        }
        return virtual.stream();
    }

    /**
     * A short appointment yesterday with Arif Santoso, at the first time and room nothing clashes
     * with (yesterday, so that today's lists the browser journeys click through stay as they were).
     */
    private AppointmentDetails bookedYesterday() {
        long therapistId = staff.findByUsername("therapist2").map(member -> member.id())
                .orElseThrow(() -> new IllegalStateException("no demo therapist2"));
        LocalDate yesterday = LocalDate.now(clinic.zone()).minusDays(1);
        OffsetDateTime startOfDay = yesterday.atStartOfDay(clinic.zone()).toOffsetDateTime();
        OffsetDateTime latest = yesterday.atTime(22, 0).atZone(clinic.zone()).toOffsetDateTime()
                .minusMinutes(System.nanoTime() % 60);
        return RunAs.user("frontdesk", () -> {
            List<RoomDetails> rooms = setup.rooms().stream().filter(RoomDetails::active).toList();
            for (OffsetDateTime start = latest; !start.isBefore(startOfDay); start = start.minusMinutes(7)) {
                for (RoomDetails room : rooms) {
                    try {
                        return appointments.book(new Booking(clientId, therapistId, room.id(), start, start.plusMinutes(5),
                                null, SCRIPT, "Recorded in a test"));
                    } catch (ConflictException | BusinessRuleException taken) {
                        // an earlier time or another room
                    }
                }
            }
            throw new IllegalStateException("no free time yesterday");
        }, "FRONT_DESK");
    }
}
