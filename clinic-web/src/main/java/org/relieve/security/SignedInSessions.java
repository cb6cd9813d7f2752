package org.relieve.security;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.staff.StaffAccessChanged;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.stereotype.Component;

/**
 * The open browser sessions of each signed-in person, so that disabling an account, resetting its
 * password or changing its roles ends them at once. An ended session's next Vaadin request finds no
 * session, the page reloads, and the sign-in page is what it gets. Sessions register right after
 * sign-in (after the session id was renewed) and leave when they end for any reason.
 */
@Component
class SignedInSessions implements SessionAuthenticationStrategy, HttpSessionListener {

    private final Map<HttpSession, String> owners = new IdentityHashMap<>();
    private final AuditTrail auditTrail;

    SignedInSessions(AuditTrail auditTrail) {
        this.auditTrail = auditTrail;
    }

    @Override
    public void onAuthentication(Authentication authentication, HttpServletRequest request,
                                 HttpServletResponse response) {
        // a sign-in always ends up in a session (the security context is kept there); make it now
        HttpSession session = request.getSession();
        synchronized (owners) {
            owners.put(session, authentication.getName());
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        synchronized (owners) {
            owners.remove(event.getSession());
        }
    }

    @EventListener
    void onAccessChanged(StaffAccessChanged change) {
        int ended = endSessionsOf(change.username());
        if (ended > 0) {
            auditTrail.record(AuditAction.LOGOUT, "StaffAccount", change.username(), null,
                    ended + " open session(s) ended: " + change.reason());
        }
    }

    /** Ends every open session of the person; returns how many there were. */
    int endSessionsOf(String username) {
        List<HttpSession> sessions = new ArrayList<>();
        synchronized (owners) {
            owners.entrySet().removeIf(entry -> {
                boolean theirs = entry.getValue().equals(username);
                if (theirs) {
                    sessions.add(entry.getKey());
                }
                return theirs;
            });
        }
        int ended = 0;
        for (HttpSession session : sessions) {
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                // ended on its own between the lookup and now: nothing left to do
            }
        }
        return ended;
    }

    int openSessionsOf(String username) {
        synchronized (owners) {
            return (int) owners.values().stream().filter(username::equals).count();
        }
    }
}
