package org.relieve.ui.schedule;

import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.ui.CurrentStaff;

/**
 * Rooms, appointment types, and each therapist's hours. Everyone who books reads it; managers and
 * administrators (design §6) also see the controls that change it.
 */
@Route("setup")
@PageTitle("Clinic setup · Relieve")
@Menu(title = "Clinic setup", order = 85, icon = "vaadin:cog")
@RolesAllowed({"MANAGER", "ADMIN", "FRONT_DESK", "THERAPIST"})
class ClinicSetupView extends VerticalLayout {

    ClinicSetupView(ScheduleServices services, CurrentStaff currentStaff) {
        addClassName("relieve-view");
        boolean manage = currentStaff.member()
                .map(me -> me.hasRole(StaffRole.MANAGER) || me.hasRole(StaffRole.ADMIN)).orElse(false);

        add(new H2("Clinic setup"));
        if (!manage) {
            Paragraph readOnly = new Paragraph("Managers and administrators change the clinic's setup; here you can read it.");
            readOnly.addClassName("relieve-muted");
            add(readOnly);
        }
        add(new H3("Rooms"), new RoomsEditor(services.setup, manage));
        add(new H3("Appointment types"), new AppointmentTypesEditor(services.setup, manage));

        List<StaffMember> therapists = new ScheduleColumns(services, new ScheduleRights(false, null)).therapists();
        Select<StaffMember> therapist = new Select<>();
        therapist.setLabel("Therapist");
        therapist.setItems(therapists);
        therapist.setItemLabelGenerator(StaffMember::displayName);
        WeeklyHoursEditor week = new WeeklyHoursEditor(services.setup, manage);
        HoursExceptionsEditor exceptions = new HoursExceptionsEditor(services, manage);
        therapist.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                week.show(change.getValue().id());
                exceptions.show(change.getValue().id());
            }
        });
        add(new H3("Working hours"), therapist, week, new H3("Time off and extra hours"), exceptions);
        // A therapist opens on their own hours.
        therapist.setValue(therapists.stream()
                .filter(member -> currentStaff.member().map(me -> me.id() == member.id()).orElse(false))
                .findFirst().orElse(therapists.isEmpty() ? null : therapists.getFirst()));
    }
}
