package org.relieve.ui.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import org.relieve.client.ClientDemographics;
import org.relieve.client.ClientDetails;
import org.relieve.client.ClientService;
import org.relieve.clinical.ClientProfile;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ConflictException;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.relieve.ui.FieldErrors;
import org.relieve.ui.Notifications;

/**
 * Registers a client or edits their demographics (front desk). The service validates; this dialog
 * shows its messages next to the fields and saves nothing until everything is valid.
 */
class ClientFormDialog extends Dialog {

    private final ClientService clients;
    private final ClientDetails existing;
    private final Consumer<ClientDetails> onSaved;

    private final TextField firstName = new TextField("First name");
    private final TextField lastName = new TextField("Last name");
    private final DatePicker dateOfBirth = new DatePicker("Date of birth");
    private final EmailField email = new EmailField("Email");
    private final TextField phone = new TextField("Phone");
    private final Select<ClientProfile> profile = new Select<>();
    private final ComboBox<StaffMember> primaryTherapist = new ComboBox<>("Primary therapist");
    private final DatePicker consentGivenOn = new DatePicker("Consent given on");
    private final Paragraph formError = new Paragraph();
    private final FieldErrors errors = new FieldErrors();

    ClientFormDialog(ClientService clients, StaffService staff, ClientDetails existing, Consumer<ClientDetails> onSaved) {
        this.clients = clients;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(existing == null ? "New client" : "Edit " + existing.fullName());
        setWidth("40em");

        profile.setLabel("Profile");
        profile.setItems(ClientProfile.values());
        profile.setItemLabelGenerator(ClientProfile::label);
        profile.setHelperText("Occupation and lifestyle, used to report outcomes by profile.");
        List<StaffMember> therapists = new ArrayList<>(staff.withRole(StaffRole.THERAPIST));
        primaryTherapist.setItemLabelGenerator(StaffMember::displayName);
        primaryTherapist.setClearButtonVisible(true);
        primaryTherapist.setHelperText("Optional: the first therapist to record an intake takes the client on.");
        phone.setHelperText("Digits, spaces and + ( ) - only");
        dateOfBirth.setMax(LocalDate.now());
        formError.addClassName("relieve-form-error");
        errors.bind("firstName", firstName).bind("lastName", lastName).bind("dateOfBirth", dateOfBirth)
                .bind("email", email).bind("phone", phone).bind("profile", profile)
                .bind("primaryTherapistId", primaryTherapist).bind("consentGivenOn", consentGivenOn);

        if (existing != null) {
            fill(existing, staff, therapists);
        } else {
            primaryTherapist.setItems(therapists);
        }
        FormLayout form = new FormLayout(firstName, lastName, dateOfBirth, profile, email, phone, primaryTherapist,
                consentGivenOn);
        add(form, formError);

        Button save = new Button("Save", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void fill(ClientDetails client, StaffService staff, List<StaffMember> therapists) {
        firstName.setValue(client.firstName());
        lastName.setValue(client.lastName());
        dateOfBirth.setValue(client.dateOfBirth());
        email.setValue(client.email() == null ? "" : client.email());
        phone.setValue(client.phone() == null ? "" : client.phone());
        profile.setValue(client.profile());
        consentGivenOn.setValue(client.consentGivenOn());
        StaffMember current = client.primaryTherapistId() == null ? null : therapists.stream()
                .filter(member -> member.id() == client.primaryTherapistId()).findFirst().orElse(null);
        if (client.primaryTherapistId() != null && current == null) {
            // A therapist no longer active is not offered to new clients, but stays visible where chosen.
            current = staff.get(client.primaryTherapistId());
            therapists.add(current);
        }
        primaryTherapist.setItems(therapists);
        primaryTherapist.setValue(current);
    }

    private void save() {
        errors.clear();
        formError.setText("");
        ClientDemographics demographics = new ClientDemographics(firstName.getValue().strip(),
                lastName.getValue().strip(), dateOfBirth.getValue(), blankToNull(email.getValue()),
                blankToNull(phone.getValue()), profile.getValue(),
                primaryTherapist.getValue() == null ? null : primaryTherapist.getValue().id(),
                consentGivenOn.getValue());
        try {
            ClientDetails saved = existing == null
                    ? clients.register(demographics)
                    : clients.update(existing.id(), demographics, existing.version());
            Notifications.success(saved.fullName() + (existing == null ? " registered" : " saved"));
            onSaved.accept(saved);
            close();
        } catch (ConstraintViolationException e) {
            formError.setText(errors.show(e));
        } catch (ConflictException e) {
            // The dialog stays open with what was typed, so it can be copied over after the reload.
            formError.setText(e.getMessage());
            Notifications.conflict(e);
        } catch (BusinessRuleException e) {
            // The only business rule here: the primary therapist must be an active therapist.
            errors.show("primaryTherapistId", e.getMessage());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
