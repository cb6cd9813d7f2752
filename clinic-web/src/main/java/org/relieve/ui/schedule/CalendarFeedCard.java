package org.relieve.ui.schedule;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.relieve.schedule.CalendarFeedService;
import org.relieve.ui.Notifications;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A therapist's calendar subscription. The secret URL is shown once, when created: only its hash
 * is stored, so a lost URL is replaced, not looked up.
 */
class CalendarFeedCard extends Div {

    private final CalendarFeedService feeds;
    private final long therapistId;
    private final Paragraph state = new Paragraph();
    private final TextField url = new TextField("Subscription URL");
    private final Button create = new Button();
    private final Button revoke = new Button("Stop the feed");

    CalendarFeedCard(CalendarFeedService feeds, long therapistId) {
        this.feeds = feeds;
        this.therapistId = therapistId;
        addClassName("relieve-card");
        setMaxWidth("40em");
        url.setReadOnly(true);
        url.setWidthFull();
        url.setVisible(false);
        url.setHelperText("Copy it into your phone's calendar now: it is shown only this once.");
        create.addClickListener(click -> {
            String token = feeds.issueToken(therapistId);
            url.setValue(baseUrl() + "/calendar/" + token + ".ics");
            url.setVisible(true);
            Notifications.success("Calendar feed ready");
            update();
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(click -> {
            feeds.revoke(therapistId);
            url.clear();
            url.setVisible(false);
            Notifications.success("Calendar feed stopped; the old URL no longer works");
            update();
        });
        add(new H3("Calendar feed"), new Paragraph("Your appointments in your phone's calendar: times, rooms and "
                + "clients' initials, never names or notes."), state, url, create, revoke);
        update();
    }

    private void update() {
        boolean active = feeds.hasFeed(therapistId);
        state.setText(active ? "A subscription URL is active." : "No subscription URL yet.");
        create.setText(active ? "Replace the URL" : "Create a subscription URL");
        revoke.setVisible(active);
    }

    /** The address this browser reached the clinic by, so the URL works from where the therapist is. */
    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        HttpServletRequest http = request.getHttpServletRequest();
        return ServletUriComponentsBuilder.fromContextPath(http).replaceQuery(null).build().toUriString();
    }
}
