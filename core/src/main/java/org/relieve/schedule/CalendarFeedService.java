package org.relieve.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import org.relieve.audit.AuditAction;
import org.relieve.audit.AuditTrail;
import org.relieve.staff.StaffMember;
import org.relieve.staff.StaffRole;
import org.relieve.staff.StaffService;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A therapist's schedule as an iCalendar (RFC 5545) subscription, for their phone's calendar.
 * The URL carries a secret token (only its SHA-256 is stored; revoking deletes it). The feed holds
 * no health data: time, room, and the client's initials.
 */
@Service
public class CalendarFeedService {

    private static final Duration PAST = Duration.ofDays(30);
    private static final Duration AHEAD = Duration.ofDays(120);

    private final NamedParameterJdbcTemplate jdbc;
    private final AppointmentQueries appointments;
    private final StaffService staff;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarFeedService(NamedParameterJdbcTemplate jdbc, AppointmentQueries appointments, StaffService staff,
                        AuditTrail auditTrail, Clock clock) {
        this.jdbc = jdbc;
        this.appointments = appointments;
        this.staff = staff;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Creates (or replaces) the therapist's own feed token. The token is returned this once; any
     * earlier subscription URL stops working. Only the therapist: whoever holds the token reads the
     * schedule, which administrators may not (design §6); they may revoke a feed, not take one.
     */
    @PreAuthorize("hasRole('THERAPIST')")
    @Transactional
    public String issueToken(long therapistId) {
        requireSelf(therapistId);
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("""
                insert into calendar_feed (therapist_id, token_hash) values (:therapist, :hash)
                on conflict (therapist_id) do update set token_hash = excluded.token_hash, created_at = now()""",
                Map.of("therapist", therapistId, "hash", hash(token)));
        auditTrail.record(AuditAction.CREATE, "CalendarFeed", therapistId, null, "token issued");
        return token;
    }

    @PreAuthorize("hasAnyRole('THERAPIST', 'ADMIN')")
    @Transactional
    public void revoke(long therapistId) {
        requireSelfOrAdmin(therapistId);
        jdbc.update("delete from calendar_feed where therapist_id = :therapist", Map.of("therapist", therapistId));
        auditTrail.record(AuditAction.UPDATE, "CalendarFeed", therapistId, null, "token revoked");
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean hasFeed(long therapistId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from calendar_feed where therapist_id = :therapist)",
                Map.of("therapist", therapistId), Boolean.class));
    }

    /** The feed for a token, or empty for an unknown or revoked one. Needs no sign-in: the token is the key. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.length() > 64) {
            return Optional.empty();
        }
        List<Long> therapist = jdbc.queryForList("select therapist_id from calendar_feed where token_hash = :hash",
                Map.of("hash", hash(token)), Long.class);
        if (therapist.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<AppointmentDetails> schedule = appointments.inRange(now.minus(PAST), now.plus(AHEAD), therapist.getFirst(),
                null, null);
        return Optional.of(render(schedule));
    }

    static String render(List<AppointmentDetails> schedule) {
        Calendar calendar = new Calendar().withProdId("-//Relieve//Therapist schedule//EN").withDefaults()
                .getFluentTarget();
        for (AppointmentDetails appointment : schedule) {
            VEvent event = (VEvent) new VEvent(appointment.start().toInstant(), appointment.end().toInstant(),
                    "Client " + initials(appointment.clientName()))
                    .withProperty(new Uid("appointment-" + appointment.id() + "@relieve"))
                    .withProperty(new Location(appointment.roomName()))
                    .withProperty(appointment.status() == AppointmentStatus.CANCELLED
                            || appointment.status() == AppointmentStatus.NO_SHOW
                            ? new Status(Status.VALUE_CANCELLED) : new Status(Status.VALUE_CONFIRMED))
                    .getFluentTarget();
            calendar = calendar.withComponent(event).getFluentTarget();
        }
        return calendar.toString();
    }

    /** "Ayu Pratama" → "A.P."; never the full name. */
    static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String part : name.trim().split("\\s+")) {
            if (!part.isEmpty()) {
                initials.appendCodePoint(part.codePointAt(0)).append('.');
            }
        }
        return initials.toString().toUpperCase();
    }

    private void requireSelf(long therapistId) {
        StaffMember me = staff.currentMember().orElseThrow(() -> new AccessDeniedException("Sign in first."));
        if (me.id() != therapistId) {
            throw new AccessDeniedException("Therapists subscribe only to their own calendar feed.");
        }
    }

    private void requireSelfOrAdmin(long therapistId) {
        StaffMember me = staff.currentMember().orElseThrow(() -> new AccessDeniedException("Sign in first."));
        if (!me.hasRole(StaffRole.ADMIN) && me.id() != therapistId) {
            throw new AccessDeniedException("Therapists manage only their own calendar feed.");
        }
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
