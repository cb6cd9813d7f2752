package org.relieve.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.relieve.common.ConflictException;

/** The two kinds of toast the application shows. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String message) {
        Notification.show(message, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * A save that lost to someone else's names whose save won ("Changed by Maya Lee at 14:32 —
     * reload…"); the caller keeps the editor's input on screen so nothing typed is lost.
     */
    public static void conflict(ConflictException e) {
        error(e.getMessage());
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
