package org.relieve.ui.client;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.relieve.client.ClientDetails;
import org.relieve.client.ClientService;
import org.relieve.common.ConflictException;
import org.relieve.staff.StaffService;
import org.relieve.ui.Formats;
import org.relieve.ui.Notifications;

/** A client's demographics, read-only; the front desk also edits, archives and restores from here. */
class ClientProfilePanel extends VerticalLayout {

    ClientProfilePanel(ClientDetails client, ClientService clients, StaffService staff, boolean frontDesk,
                       Runnable onChanged) {
        setPadding(false);
        DescriptionList details = new DescriptionList();
        details.addClassName("relieve-details");
        entry(details, "Name", client.fullName());
        entry(details, "Date of birth", Formats.date(client.dateOfBirth()));
        entry(details, "Profile", client.profile().label());
        entry(details, "Phone", Formats.orDash(client.phone()));
        entry(details, "Email", Formats.orDash(client.email()));
        entry(details, "Primary therapist", Formats.orDash(client.primaryTherapistName()));
        entry(details, "Consent given on", client.consentGivenOn() == null ? "Not recorded"
                : Formats.date(client.consentGivenOn()));
        entry(details, "Status", client.archived() ? "Archived" : "Active");
        add(details);

        if (frontDesk) {
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(),
                    click -> new ClientFormDialog(clients, staff, client, saved -> onChanged.run()).open());
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button archive = new Button(client.archived() ? "Restore" : "Archive",
                    click -> setArchived(clients, client, !client.archived(), onChanged));
            add(new HorizontalLayout(edit, archive));
        }
    }

    private static void setArchived(ClientService clients, ClientDetails client, boolean archived, Runnable onChanged) {
        try {
            clients.setArchived(client.id(), archived, client.version());
            Notifications.success(client.fullName() + (archived ? " archived" : " restored"));
            onChanged.run();
        } catch (ConflictException e) {
            Notifications.conflict(e);
        }
    }

    private static void entry(DescriptionList list, String term, String value) {
        list.add(new Term(term), new Description(value));
    }
}
