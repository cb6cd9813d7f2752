package org.relieve.ui.session;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.relieve.clinical.RuleFinding;
import org.relieve.clinical.RuleViolationException;
import org.relieve.common.BusinessRuleException;
import org.relieve.common.ConflictException;
import org.relieve.common.StaleVersionException;
import org.relieve.common.RecordNotFoundException;
import org.relieve.schedule.AppointmentDetails;
import org.relieve.schedule.AppointmentStatus;
import org.relieve.staff.StaffMember;
import org.relieve.therapy.NewSessionRecord;
import org.relieve.therapy.SessionRecordDetails;
import org.relieve.therapy.SessionRecordService.Prefill;
import org.relieve.therapy.SessionStatus;
import org.relieve.ui.CurrentStaff;
import org.relieve.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

/**
 * The record of one appointment's treatment. Its therapist starts it (from the plan, the last
 * session, or empty), saves drafts and signs; after signing it is read-only and corrected only by
 * amendments. Colleagues in care read it. The service's rules have the last word: refusals appear
 * next to the fields they name, warnings in a banner kept with the record.
 */
@Route("sessions/appointment/:" + SessionRoutes.APPOINTMENT_ID)
@PageTitle("Session record · Relieve")
@RolesAllowed("THERAPIST")
class SessionRecordView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final SessionServices services;
    private final CurrentStaff currentStaff;
    private final H2 title = new H2();
    private final Span when = new Span();
    private final Div referralBanner = banner("relieve-banner-error");
    private final Div warningBanner = banner("relieve-banner-warning");
    private final Div errorBanner = banner("relieve-banner-error");
    private final Div content = new Div();

    private AppointmentDetails appointment;
    private SessionRecordForm form;
    private Long recordId;
    private long version;

    SessionRecordView(SessionServices services, CurrentStaff currentStaff) {
        this.services = services;
        this.currentStaff = currentStaff;
        addClassName("relieve-view");
        title.getStyle().set("margin", "0");
        when.addClassName("relieve-muted");
        content.setWidthFull();
        add(title, when, referralBanner, warningBanner, content, errorBanner);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = event.getRouteParameters().get(SessionRoutes.APPOINTMENT_ID).map(Long::parseLong)
                    .orElseThrow(() -> new RecordNotFoundException("Appointment", "without a number"));
            appointment = services.appointments.get(id);
            boolean own = currentStaff.member().map(StaffMember::id).filter(me -> me == appointment.therapistId())
                    .isPresent();
            Optional<SessionRecordDetails> existing = services.sessions.forAppointment(id);
            if (existing.isEmpty() && !own) {
                throw new AccessDeniedException("Only the therapist who gave the treatment records it.");
            }
            showHeader();
            existing.ifPresentOrElse(record -> show(record, own), this::showStart);
        } catch (NumberFormatException | RecordNotFoundException e) {
            Notifications.error("That appointment does not exist.");
            event.forwardTo("today");
        } catch (AccessDeniedException e) {
            Notifications.error(e.getMessage());
            event.forwardTo("today");
        }
    }

    private void showHeader() {
        title.setText("Session record · " + appointment.clientName());
        when.setText(WHEN.format(appointment.start().atZoneSameInstant(services.zone)) + "–"
                + TIME.format(appointment.end().atZoneSameInstant(services.zone)) + " · " + appointment.roomName()
                + " · " + appointment.therapistName());
        services.sessions.considerReferral(appointment.clientId()).ifPresent(advice -> {
            referralBanner.setText(advice + " Discuss a referral to a healthcare professional with the client.");
            referralBanner.setVisible(true);
        });
    }

    private void show(SessionRecordDetails record, boolean own) {
        recordId = record.id();
        version = record.version();
        if (record.status() == SessionStatus.DRAFT && own) {
            showForm(new NewSessionRecord(record.painBefore(), record.painAfter(), record.applications(),
                    record.pressureNotes(), record.subjective(), record.objective(), record.assessment(),
                    record.plan(), record.adverseReactions(), record.redFlags()));
            showWarnings(record.warnings());
        } else {
            showRecord(record);
        }
    }

    /** No record yet: the therapist chooses where the techniques start from. */
    private void showStart() {
        content.removeAll();
        boolean recordable = (appointment.status() == AppointmentStatus.BOOKED
                || appointment.status() == AppointmentStatus.CHECKED_IN)
                && !appointment.start().toInstant().isAfter(services.now());
        if (!recordable) {
            content.add(new Paragraph("A session is recorded once a booked or checked-in appointment has started; "
                    + "this one is " + appointment.status().label().toLowerCase() + " and starts "
                    + WHEN.format(appointment.start().atZoneSameInstant(services.zone)) + "."));
            return;
        }
        Paragraph question = new Paragraph("No record yet. Start from:");
        Button fromPlan = new Button("Start from the plan", VaadinIcon.CLIPBOARD_TEXT.create(),
                click -> start(Prefill.PLAN, "The client has no active plan; starting empty."));
        fromPlan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button fromLast = new Button("Start from last session", VaadinIcon.TIME_BACKWARD.create(),
                click -> start(Prefill.LAST_SESSION, "No signed session yet; starting empty."));
        Button empty = new Button("Start empty", click -> showForm(emptyRecord()));
        content.add(question, new HorizontalLayout(fromPlan, fromLast, empty));
    }

    private void start(Prefill source, String nothingThere) {
        NewSessionRecord prefilled = services.sessions.prefill(appointment.id(), source);
        if (prefilled.applications().isEmpty()) {
            Notifications.success(nothingThere);
        }
        showForm(prefilled);
    }

    private static NewSessionRecord emptyRecord() {
        return new NewSessionRecord(null, null, List.of(), null, null, null, null, null, null, java.util.Set.of());
    }

    private void showForm(NewSessionRecord value) {
        form = new SessionRecordForm();
        form.setValue(value);
        services.intakes.latestFor(appointment.clientId())
                .ifPresent(intake -> form.bodyMap.setPainBackdrop(intake.painRegions(), intake.painScore()));
        Button save = new Button("Save draft", click -> save());
        Button sign = new Button("Sign", VaadinIcon.SIGN_IN.create(), click -> confirmSign());
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        content.removeAll();
        content.add(form, new HorizontalLayout(save, sign));
    }

    private void showRecord(SessionRecordDetails record) {
        form = null;
        warningBanner.setVisible(false);
        errorBanner.setVisible(false);
        content.removeAll();
        content.add(new RecordPanel(record, services.zone,
                () -> new AmendmentDialog(record, services.sessions, this::showRecord).open()));
    }

    /** Saves the form as a draft (the first save creates it); empty when the service refused. */
    private Optional<SessionRecordDetails> save() {
        form.clearErrors();
        errorBanner.setVisible(false);
        try {
            SessionRecordDetails saved = recordId == null
                    ? services.sessions.create(appointment.id(), form.toRecord())
                    : services.sessions.updateDraft(recordId, form.toRecord(), version);
            recordId = saved.id();
            version = saved.version();
            showWarnings(saved.warnings());
            Notifications.success(saved.warnings().isEmpty() ? "Draft saved"
                    : "Draft saved with " + saved.warnings().size() + " warning(s)");
            return Optional.of(saved);
        } catch (ConstraintViolationException e) {
            List<String> unplaced = new ArrayList<>();
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                String path = SessionRecordForm.pathOf(violation);
                if (!form.show(path, violation.getMessage())) {
                    unplaced.add(SessionRecordForm.where(path) + violation.getMessage());
                }
            }
            showError("Not saved. Correct the marked fields.", unplaced);
        } catch (RuleViolationException e) {
            showRefusal("Not saved: it breaks a safety rule.", e);
        } catch (StaleVersionException e) {
            showError("Not saved. " + e.getMessage(), List.of()); // the form keeps what was typed
            Notifications.conflict(e);
        } catch (ConflictException | BusinessRuleException | AccessDeniedException e) {
            showError(e.getMessage(), List.of());
        }
        return Optional.empty();
    }

    private void confirmSign() {
        ConfirmDialog confirm = new ConfirmDialog("Sign this record?",
                "Signed records cannot be changed; corrections become amendments.", "Sign", event -> sign());
        confirm.setCancelable(true);
        confirm.open();
    }

    /** Saves what is on screen, then signs it; a refusal leaves the saved draft open for changes. */
    private void sign() {
        Optional<SessionRecordDetails> saved = save();
        if (saved.isEmpty()) {
            return;
        }
        try {
            SessionRecordDetails signed = services.sessions.sign(saved.get().id());
            Notifications.success("Record signed; the appointment is completed");
            showRecord(signed);
        } catch (RuleViolationException e) {
            showRefusal("Not signed.", e);
        } catch (ConflictException | BusinessRuleException | AccessDeniedException e) {
            showError("Not signed. " + e.getMessage(), List.of());
        }
    }

    private void showRefusal(String lead, RuleViolationException e) {
        List<String> unplaced = new ArrayList<>();
        for (RuleFinding finding : e.findings()) {
            if (!form.show(finding.field(), finding.message())) {
                unplaced.add(SessionRecordForm.where(finding.field()) + finding.message());
            }
        }
        showError(lead + " " + (e.findings().isEmpty() ? e.getMessage() : "See the marked fields."), unplaced);
    }

    private void showWarnings(List<RuleFinding> warnings) {
        warningBanner.removeAll();
        warningBanner.setVisible(!warnings.isEmpty());
        if (!warnings.isEmpty()) {
            warningBanner.add(new Span("Saved with warnings (you decide; they stay with the record):"),
                    list(warnings.stream().map(w -> SessionRecordForm.where(w.field()) + w.message()).toList()));
        }
    }

    private void showError(String message, List<String> details) {
        errorBanner.removeAll();
        errorBanner.add(new Span(message));
        if (!details.isEmpty()) {
            errorBanner.add(list(details));
        }
        errorBanner.setVisible(true);
    }

    private static UnorderedList list(List<String> lines) {
        UnorderedList list = new UnorderedList();
        lines.forEach(line -> list.add(new ListItem(line)));
        return list;
    }

    private static Div banner(String variant) {
        Div banner = new Div();
        banner.addClassNames("relieve-banner", variant);
        banner.getElement().setAttribute("role", "status");
        banner.setVisible(false);
        return banner;
    }
}
